// Matches request paths (below /api) to the release's path templates and the mock's own routes.

export interface RouteMatch {
  template: string;
  params: Record<string, string>;
}

interface Compiled {
  template: string;
  re: RegExp;
  names: string[];
  literal: number;
}

export class Router {
  private readonly routes: Compiled[];

  constructor(templates: Iterable<string>) {
    this.routes = [...templates]
      .map((template) => {
        const names: string[] = [];
        const esc = (x: string) => x.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
        const parts = template.split(/\{([^}]+)\}/);
        let src = "";
        parts.forEach((p, i) => {
          if (i % 2 === 0) src += esc(p);
          else {
            names.push(p);
            src += "([^/]+)";
          }
        });
        return { template, re: new RegExp(`^${src}/?$`), names, literal: parts.filter((_, i) => i % 2 === 0).join("").length };
      })
      .sort((a, b) => b.literal - a.literal);
  }

  match(path: string): RouteMatch | undefined {
    for (const r of this.routes) {
      const m = r.re.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      r.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)));
      return { template: r.template, params };
    }
    return undefined;
  }
}
