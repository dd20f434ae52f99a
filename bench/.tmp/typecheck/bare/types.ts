export interface paths {
    "/security": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the cluster-wide security configuration
         * @description Returns the cluster's security settings: FIPS mode, software data encryption, whether the Onboard Key Manager can be configured and, from 9.10, the TLS and management protocol settings. Use `fields` to choose what is returned.
         */
        get: operations["security_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the cluster-wide security configuration
         * @description Switches software FIPS mode on or off, starts software data encryption conversion (all non-encrypted metadata volumes to encrypted ones, all non-NAE aggregates to NAE aggregates) and, from 9.10, sets the permitted TLS versions and cipher suites and the legacy management protocols. The change runs as a job: ONTAP answers 202 with a link to it.
         */
        patch: operations["security_modify"];
        trace?: never;
    };
    "/security/ipsec": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the IPsec configuration
         * @description Returns whether IPsec is enabled on the cluster and the size of its anti-replay window (CLI: `security ipsec config show`).
         */
        get: operations["ipsec_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the IPsec configuration
         * @description Turns IPsec on or off for the cluster and sets the anti-replay window size (CLI: `security ipsec config modify`). ONTAP answers 200 without a body.
         */
        patch: operations["ipsec_modify"];
        trace?: never;
    };
    "/security/ipsec/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List IPsec policies
         * @description Returns the IPsec policies of the cluster and its SVMs. Without `fields`, only the key fields of each policy come back. CLI counterpart: `security ipsec policy show`.
         */
        get: operations["ipsec_policy_collection_get"];
        put?: never;
        /**
         * Create an IPsec policy
         * @description Creates an IPsec policy for an SVM (or for the cluster when no SVM is given). `name`, `local_endpoint` and `remote_endpoint` are needed; a protecting action (esp_transport, esp_udp) also needs credentials: `secret_key` for psk, `certificate` for pki. CLI counterpart: `security ipsec policy create`.
         */
        post: operations["ipsec_policy_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/ipsec/policies/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an IPsec policy
         * @description Returns one IPsec policy. CLI counterpart `security ipsec policy show`.
         */
        get: operations["ipsec_policy_get"];
        put?: never;
        post?: never;
        /**
         * Delete an IPsec policy
         * @description Removes an IPsec policy. CLI counterpart `security ipsec policy delete`.
         */
        delete: operations["ipsec_policy_delete"];
        options?: never;
        head?: never;
        /**
         * Update an IPsec policy
         * @description Changes an IPsec policy. The action, the authentication method, the pre-shared key and the owning SVM are fixed at creation; which other fields are patchable depends on the release (see the schema). CLI counterpart: `security ipsec policy modify`.
         */
        patch: operations["ipsec_policy_modify"];
        trace?: never;
    };
    "/security/ipsec/security-associations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List IPsec and IKE security associations
         * @description Lists the IPsec and IKE (Internet Key Exchange) security associations the cluster has negotiated. Any field can be used as a query filter; `fields` chooses what each record carries.
         */
        get: operations["security_association_collection_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/ipsec/security-associations/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one IPsec or IKE security association
         * @description Returns the IPsec or IKE (Internet Key Exchange) security association with the given UUID.
         */
        get: operations["security_association_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/ipsec/ca-certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the CA certificates added to IPsec
         * @description Lists the IPsec CA certificates of the cluster and of every SVM.
         */
        get: operations["ipsec_ca_certificate_collection_get"];
        put?: never;
        /**
         * Add a CA certificate to IPsec
         * @description Adds an installed CA certificate to IPsec. Install the certificate on the cluster first with /security/certificates. Leave `svm` out for a certificate of cluster scope.
         */
        post: operations["ipsec_ca_certificate_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/ipsec/ca-certificates/{certificate.uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one CA certificate added to IPsec
         * @description Returns the IPsec CA certificate with the given certificate UUID.
         */
        get: operations["ipsec_ca_certificate_get"];
        put?: never;
        post?: never;
        /**
         * Remove a CA certificate from IPsec
         * @description Removes the CA certificate with the given UUID from the certificates IPsec trusts.
         */
        delete: operations["ipsec_ca_certificate_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        collection_links: {
            next?: components["schemas"]["href"];
            self?: components["schemas"]["href"];
        };
        error_arguments: {
            /** @description Argument code */
            code?: string;
            /** @description Message argument */
            message?: string;
        };
        error_response: {
            error?: components["schemas"]["returned_error"];
        };
        href: {
            /** @example /api/resourcelink */
            readonly href?: string;
        };
        /** @description The cluster-wide IPsec configuration. */
        ipsec: {
            _links?: components["schemas"]["self_link"];
            /** @description Whether IPsec is enabled. */
            enabled?: boolean;
            /**
             * @description Size of the anti-replay window, in packets; 0 turns replay protection off. ONTAP accepts 0, 64, 128, 256, 512 and 1024; the default is 0.
             * @default 0
             * @example 0
             * @enum {integer}
             */
            replay_window?: 0 | 64 | 128 | 256 | 512 | 1024;
        };
        /** @description A CA certificate added to IPsec, cluster-wide or for one SVM. */
        ipsec_ca_certificate: {
            _links?: components["schemas"]["self_link"];
            /** @description The CA certificate, by UUID (as installed with /security/certificates). */
            certificate?: {
                _links?: components["schemas"]["self_link"];
                /**
                 * @description Certificate UUID
                 * @example 1cd8a442-86d1-11e0-ae1c-123478563412
                 */
                uuid?: string;
            };
            /**
             * @description Set to "svm" for interfaces owned by an SVM. Otherwise, set to "cluster".
             * @enum {string}
             */
            readonly scope?: "svm" | "cluster";
            svm?: components["schemas"]["svm_reference"];
        };
        ipsec_ca_certificate_collection: {
            _links?: components["schemas"]["collection_links"];
            /**
             * @description Number of records
             * @example 1
             */
            num_records?: number;
            records?: components["schemas"]["ipsec_ca_certificate"][];
        };
        /** @description A CA certificate added to IPsec, cluster-wide or for one SVM. */
        ipsec_ca_certificate_create: {
            /** @description The CA certificate, by UUID (as installed with /security/certificates). */
            certificate: {
                /**
                 * @description Certificate UUID
                 * @example 1cd8a442-86d1-11e0-ae1c-123478563412
                 */
                uuid?: string;
            };
            svm?: components["schemas"]["svm_reference_create"];
        };
        /** @description One side of the traffic an IPsec policy covers: an IP address with its mask and, from 9.9, an application port. */
        ipsec_endpoint: {
            /**
             * @description An IPv4 or IPv6 address.
             * @example 10.10.10.7
             */
            address?: string;
            /**
             * @description Address family of the endpoint, derived by ONTAP from the address.
             * @enum {string}
             */
            readonly family?: "ipv4" | "ipv6";
            /**
             * @description Accepted as a prefix length ("16") or, for IPv4, a dotted mask ("255.255.0.0"). IPv6 prefixes range from 1 to 127 and default to 64. ONTAP always answers with the prefix length.
             * @example 24
             */
            netmask?: string;
            /**
             * @description Application port the policy covers. ONTAP reports it as a range ("23-23"); "0-0" means any port.
             * @example 23
             */
            port?: string;
        };
        /** @description One side of the traffic an IPsec policy covers: an IP address with its mask and, from 9.9, an application port. */
        ipsec_endpoint_create: {
            /**
             * @description An IPv4 or IPv6 address.
             * @example 10.10.10.7
             */
            address?: string;
            /**
             * @description Accepted as a prefix length ("16") or, for IPv4, a dotted mask ("255.255.0.0"). IPv6 prefixes range from 1 to 127 and default to 64. ONTAP always answers with the prefix length.
             * @example 24
             */
            netmask?: string;
            /**
             * @description Application port the policy covers. ONTAP reports it as a range ("23-23"); "0-0" means any port.
             * @example 23
             */
            port?: string;
        };
        /** @description One side of the traffic an IPsec policy covers: an IP address with its mask and, from 9.9, an application port. */
        ipsec_endpoint_modify: {
            /**
             * @description An IPv4 or IPv6 address.
             * @example 10.10.10.7
             */
            address?: string;
            /**
             * @description Accepted as a prefix length ("16") or, for IPv4, a dotted mask ("255.255.0.0"). IPv6 prefixes range from 1 to 127 and default to 64. ONTAP always answers with the prefix length.
             * @example 24
             */
            netmask?: string;
            /**
             * @description Application port the policy covers. ONTAP reports it as a range ("23-23"); "0-0" means any port.
             * @example 23
             */
            port?: string;
        };
        /** @description The cluster-wide IPsec configuration. */
        ipsec_modify: {
            /** @description Whether IPsec is enabled. */
            enabled?: boolean;
            /**
             * @description Size of the anti-replay window, in packets; 0 turns replay protection off. ONTAP accepts 0, 64, 128, 256, 512 and 1024; the default is 0.
             * @default 0
             * @example 0
             * @enum {integer}
             */
            replay_window?: 0 | 64 | 128 | 256 | 512 | 1024;
        };
        /** @description An IPsec policy: the traffic selector (local and remote endpoints, protocol) of an SVM or of the cluster, what to do with matching traffic and, for protected traffic, how the peers authenticate. */
        ipsec_policy: {
            _links?: components["schemas"]["self_link"];
            /**
             * @description What ONTAP does with traffic that matches the policy: let it pass in clear (bypass), drop it (discard), or protect it with ESP in transport mode (esp_transport) or ESP encapsulated in UDP (esp_udp). Set at creation only.
             * @enum {string}
             */
            action?: "bypass" | "discard" | "esp_transport" | "esp_udp";
            /**
             * @description How the IKE peers authenticate: not at all (none), with a pre-shared key (psk) or with certificates (pki). Set at creation only.
             * @enum {string}
             */
            authentication_method?: "none" | "psk" | "pki";
            certificate?: components["schemas"]["ipsec_policy_certificate"];
            /** @description Whether the policy is in effect. */
            enabled?: boolean;
            ipspace?: components["schemas"]["ipspace_reference"];
            local_endpoint?: components["schemas"]["ipsec_endpoint"];
            /** @description Identity the local IKE endpoint presents when authenticating. */
            local_identity?: string;
            /**
             * @description Name of the policy, unique within its SVM. Patchable up to 9.11; from 9.12 it can only be given at creation.
             * @example ipsec_policy_1
             */
            name?: string;
            /**
             * @description Lower-layer protocol the policy covers, given as a name (tcp, udp, any) or a protocol number ("6", "17", "0"). ONTAP answers with the name where one exists.
             * @example 17
             * @example tcp
             */
            protocol?: string;
            remote_endpoint?: components["schemas"]["ipsec_endpoint"];
            /** @description Identity expected from the remote IKE endpoint; needed when certificates are verified. */
            remote_identity?: string;
            readonly scope?: components["schemas"]["scope"];
            svm?: components["schemas"]["svm_reference"];
            /**
             * Format: uuid
             * @description Identifier ONTAP assigns to the policy.
             * @example 1cd8a442-86d1-11e0-ae1c-123478563412
             */
            readonly uuid?: string;
        };
        /** @description The certificate used for PKI authentication of the IPsec policy. */
        ipsec_policy_certificate: {
            _links?: components["schemas"]["self_link"];
            /**
             * @description Certificate name.
             * @example ipsec_client_cert
             */
            name?: string;
            /**
             * @description Certificate UUID.
             * @example 1cd8a442-86d1-11e0-ae1c-123478563412
             */
            uuid?: string;
        };
        /** @description The certificate used for PKI authentication of the IPsec policy. */
        ipsec_policy_certificate_create: {
            /**
             * @description Certificate name.
             * @example ipsec_client_cert
             */
            name?: string;
            /**
             * @description Certificate UUID.
             * @example 1cd8a442-86d1-11e0-ae1c-123478563412
             */
            uuid?: string;
        };
        /** @description The certificate used for PKI authentication of the IPsec policy. */
        ipsec_policy_certificate_modify: {
            /**
             * @description Certificate name.
             * @example ipsec_client_cert
             */
            name?: string;
            /**
             * @description Certificate UUID.
             * @example 1cd8a442-86d1-11e0-ae1c-123478563412
             */
            uuid?: string;
        };
        /** @description An IPsec policy: the traffic selector (local and remote endpoints, protocol) of an SVM or of the cluster, what to do with matching traffic and, for protected traffic, how the peers authenticate. */
        ipsec_policy_create: {
            /**
             * @description What ONTAP does with traffic that matches the policy: let it pass in clear (bypass), drop it (discard), or protect it with ESP in transport mode (esp_transport) or ESP encapsulated in UDP (esp_udp). Set at creation only.
             * @enum {string}
             */
            action?: "bypass" | "discard" | "esp_transport" | "esp_udp";
            /**
             * @description How the IKE peers authenticate: not at all (none), with a pre-shared key (psk) or with certificates (pki). Set at creation only.
             * @enum {string}
             */
            authentication_method?: "none" | "psk" | "pki";
            certificate?: components["schemas"]["ipsec_policy_certificate_create"];
            /** @description Whether the policy is in effect. */
            enabled?: boolean;
            ipspace?: components["schemas"]["ipspace_reference_create"];
            local_endpoint: components["schemas"]["ipsec_endpoint_create"];
            /** @description Identity the local IKE endpoint presents when authenticating. */
            local_identity?: string;
            /**
             * @description Name of the policy, unique within its SVM. Patchable up to 9.11; from 9.12 it can only be given at creation.
             * @example ipsec_policy_1
             */
            name: string;
            /**
             * @description Lower-layer protocol the policy covers, given as a name (tcp, udp, any) or a protocol number ("6", "17", "0"). ONTAP answers with the name where one exists.
             * @example 17
             * @example tcp
             */
            protocol?: string;
            remote_endpoint: components["schemas"]["ipsec_endpoint_create"];
            /** @description Identity expected from the remote IKE endpoint; needed when certificates are verified. */
            remote_identity?: string;
            /** @description Pre-shared key used in IKE negotiation (authentication method psk). Only accepted at creation; never returned. */
            secret_key?: string;
            svm?: components["schemas"]["svm_reference_create"];
        };
        /** @description An IPsec policy: the traffic selector (local and remote endpoints, protocol) of an SVM or of the cluster, what to do with matching traffic and, for protected traffic, how the peers authenticate. */
        ipsec_policy_modify: {
            certificate?: components["schemas"]["ipsec_policy_certificate_modify"];
            /** @description Whether the policy is in effect. */
            enabled?: boolean;
            local_endpoint?: components["schemas"]["ipsec_endpoint_modify"];
            /** @description Identity the local IKE endpoint presents when authenticating. */
            local_identity?: string;
            /**
             * @description Lower-layer protocol the policy covers, given as a name (tcp, udp, any) or a protocol number ("6", "17", "0"). ONTAP answers with the name where one exists.
             * @example 17
             * @example tcp
             */
            protocol?: string;
            remote_endpoint?: components["schemas"]["ipsec_endpoint_modify"];
            /** @description Identity expected from the remote IKE endpoint; needed when certificates are verified. */
            remote_identity?: string;
        };
        /** @description A page of IPsec policies. */
        ipsec_policy_response: {
            _links?: components["schemas"]["collection_links"];
            error?: components["schemas"]["returned_error"];
            /**
             * @description Number of records in this response.
             * @example 1
             */
            num_records?: number;
            records?: components["schemas"]["ipsec_policy"][];
        };
        /** @description Applies to both SVM and cluster-scoped objects. Either the UUID or name may be supplied on input. */
        ipspace_reference: {
            _links?: components["schemas"]["self_link"];
            /**
             * @description IPspace name
             * @example Default
             */
            name?: string;
            /**
             * @description IPspace UUID
             * @example 1cd8a442-86d1-11e0-ae1c-123478563412
             */
            uuid?: string;
        };
        /** @description Applies to both SVM and cluster-scoped objects. Either the UUID or name may be supplied on input. */
        ipspace_reference_create: {
            /**
             * @description IPspace name
             * @example Default
             */
            name?: string;
            /**
             * @description IPspace UUID
             * @example 1cd8a442-86d1-11e0-ae1c-123478563412
             */
            uuid?: string;
        };
        job_link: {
            /**
             * Format: uuid
             * @description The UUID of the asynchronous job that is triggered by a POST, PATCH, or DELETE operation.
             * @example ebcbd82d-1cd4-11ea-8f75-005056ac4adc
             */
            uuid?: string;
            _links?: components["schemas"]["self_link"];
        };
        job_link_response: {
            job?: components["schemas"]["job_link"];
        };
        returned_error: {
            /** @description Message arguments */
            arguments?: components["schemas"]["error_arguments"][];
            /**
             * @description Error code, a string of digits on the wire.
             * @example 4
             */
            code?: string;
            /**
             * @description Error message
             * @example entry doesn't exist
             */
            message?: string;
            /**
             * @description The target parameter that caused the error.
             * @example uuid
             */
            target?: string;
        };
        /**
         * @description Set to "svm" for interfaces owned by an SVM. Otherwise, set to "cluster".
         * @enum {string}
         */
        scope: "svm" | "cluster";
        /** @description One security association: either an IPsec SA or an IKE (Internet Key Exchange) SA, as told by `type`. */
        security_association: {
            _links?: components["schemas"]["self_link"];
            /**
             * @description Cipher suite of the security association.
             * @enum {string}
             */
            readonly cipher_suite?: "suite_aescbc" | "suiteb_gcm256" | "suiteb_gmac256";
            /** @description Parameters that only IKE security associations have. */
            readonly ike?: {
                /**
                 * @description Authentication method of the Internet Key Exchange.
                 * @enum {string}
                 */
                readonly authentication?: "none" | "psk" | "cert";
                /** @description The initiator's security parameter index of the IKE security association. */
                readonly initiator_security_parameter_index?: string;
                /** @description Whether this node initiated the IKE exchange. */
                readonly is_initiator?: boolean;
                /** @description The responder's security parameter index of the IKE security association. */
                readonly responder_security_parameter_index?: string;
                /**
                 * @description State of the IKE connection.
                 * @enum {string}
                 */
                readonly state?: "none" | "connecting" | "established" | "dead_peer_probe";
                /** @description Version of the Internet Key Exchange protocol. */
                readonly version?: number;
            };
            /** @description Parameters that only IPsec security associations have. */
            readonly ipsec?: {
                /**
                 * @description Action of the IPsec security association.
                 * @enum {string}
                 */
                readonly action?: "bypass" | "discard" | "esp_transport";
                /** @description Inbound counters and parameters of the IPsec security association. */
                readonly inbound?: {
                    /** @description Inbound bytes of the IPsec security association. */
                    readonly bytes?: number;
                    /** @description Inbound packets of the IPsec security association. */
                    readonly packets?: number;
                    /** @description Inbound security parameter index of the IPsec security association. */
                    readonly security_parameter_index?: string;
                };
                /** @description Outbound counters and parameters of the IPsec security association. */
                readonly outbound?: {
                    /** @description Outbound bytes of the IPsec security association. */
                    readonly bytes?: number;
                    /** @description Outbound packets of the IPsec security association. */
                    readonly packets?: number;
                    /** @description Outbound security parameter index of the IPsec security association. */
                    readonly security_parameter_index?: string;
                };
                /** @description State of the IPsec security association (no closed list is documented). */
                readonly state?: string;
            };
            /** @description Lifetime of the security association, in seconds. */
            readonly lifetime?: number;
            /** @description Local address of the security association. */
            readonly local_address?: string;
            /** @description The node that holds the security association. */
            readonly node?: {
                _links?: components["schemas"]["self_link"];
                /** @example node1 */
                readonly name?: string;
                /** @example 1cd8a442-86d1-11e0-ae1c-123478563412 */
                readonly uuid?: string;
            };
            /** @description Name of the IPsec policy the security association belongs to. */
            readonly policy_name?: string;
            /** @description Remote address of the security association. */
            readonly remote_address?: string;
            /**
             * @description Set to "svm" for interfaces owned by an SVM. Otherwise, set to "cluster".
             * @enum {string}
             */
            readonly scope?: "svm" | "cluster";
            /** @description The SVM of an SVM-scoped security association. */
            readonly svm?: {
                _links?: components["schemas"]["self_link"];
                /**
                 * @description The name of the SVM.
                 * @example svm1
                 */
                readonly name?: string;
                /**
                 * @description The unique identifier of the SVM.
                 * @example 02c9e252-41be-11e9-81d5-00a0986138f7
                 */
                readonly uuid?: string;
            };
            /**
             * @description Kind of security association, IPsec or IKE (Internet Key Exchange).
             * @enum {string}
             */
            readonly type?: "ipsec" | "ike";
            /** @description Unique identifier of the security association. */
            readonly uuid?: string;
        };
        security_association_collection: {
            _links?: components["schemas"]["collection_links"];
            error?: components["schemas"]["returned_error"];
            /**
             * @description Number of records
             * @example 1
             */
            num_records?: number;
            records?: components["schemas"]["security_association"][];
        };
        /** @description Cluster-wide security settings: FIPS mode, software data-at-rest encryption, whether the Onboard Key Manager can be set up, and (from 9.10) the permitted TLS versions and cipher suites and the legacy management protocols. */
        security_config: {
            _links?: components["schemas"]["self_link"];
            /** @description Cluster-wide Federal Information Processing Standards (FIPS) mode information. */
            fips?: {
                /** @description Whether software FIPS mode is on. With FIPS mode on, only approved algorithms are used where they apply (for example TLS) and formally validated cryptographic module implementations are used where available (FIPS 140-2). */
                enabled?: boolean;
            };
            /** @description Indicates whether the Onboard Key Manager can be configured in the cluster. */
            readonly onboard_key_manager_configurable_status?: {
                /**
                 * @description Code of the status message; 0 when the Onboard Key Manager can be configured.
                 * @example 65537300
                 */
                readonly code?: number;
                /** @description Why the Onboard Key Manager cannot be configured in the cluster. */
                readonly message?: string;
                /** @description True when the Onboard Key Manager can be configured in the cluster. */
                readonly supported?: boolean;
            };
            /** @description Cluster-wide software data encryption settings. */
            software_data_encryption?: {
                /** @description Whether software encryption conversion is on. Setting it starts converting every non-encrypted metadata volume to an encrypted one and every non-NAE aggregate to an NAE aggregate. It needs an Onboard or external key manager, and aggregates that are empty or hold only metadata volumes (no data volumes anywhere in the cluster). In a MetroCluster it converts both the local and the remote cluster and is refused while the MetroCluster is switched over. */
                conversion_enabled?: boolean;
                /** @description Whether default software data-at-rest encryption is disabled on the cluster. */
                disabled_by_default?: boolean;
            };
            /** @description Cluster-wide Transport Layer Security (TLS) configuration: the protocol versions and cipher suites that every TLS-enabled application of the system may use. All protocol versions at or above the lowest version given are enabled. */
            tls?: {
                /** @description Cipher suites the system may select during TLS handshakes, by their IANA names (NetApp's reference defines no closed list; it points to the IANA registry). */
                cipher_suites?: string[];
                /** @description TLS protocol versions the system may select during TLS handshakes, for example "TLSv1.3", "TLSv1.2", "TLSv1.1", "TLSv1". Using SSLv3 or TLSv1 is discouraged. */
                protocol_versions?: string[];
            };
            /** @description Cluster-wide settings of the legacy management protocols. */
            management_protocols?: {
                /** @description Whether the rsh protocol is enabled on the cluster. */
                rsh_enabled?: boolean;
                /** @description Whether the telnet protocol is enabled on the cluster. */
                telnet_enabled?: boolean;
            };
        };
        /** @description Cluster-wide security settings: FIPS mode, software data-at-rest encryption, whether the Onboard Key Manager can be set up, and (from 9.10) the permitted TLS versions and cipher suites and the legacy management protocols. */
        security_config_modify: {
            /** @description Cluster-wide Federal Information Processing Standards (FIPS) mode information. */
            fips?: {
                /** @description Whether software FIPS mode is on. With FIPS mode on, only approved algorithms are used where they apply (for example TLS) and formally validated cryptographic module implementations are used where available (FIPS 140-2). */
                enabled?: boolean;
            };
            /** @description Cluster-wide software data encryption settings. */
            software_data_encryption?: {
                /** @description Whether software encryption conversion is on. Setting it starts converting every non-encrypted metadata volume to an encrypted one and every non-NAE aggregate to an NAE aggregate. It needs an Onboard or external key manager, and aggregates that are empty or hold only metadata volumes (no data volumes anywhere in the cluster). In a MetroCluster it converts both the local and the remote cluster and is refused while the MetroCluster is switched over. */
                conversion_enabled?: boolean;
                /** @description Whether default software data-at-rest encryption is disabled on the cluster. */
                disabled_by_default?: boolean;
            };
            /** @description Cluster-wide Transport Layer Security (TLS) configuration: the protocol versions and cipher suites that every TLS-enabled application of the system may use. All protocol versions at or above the lowest version given are enabled. */
            tls?: {
                /** @description Cipher suites the system may select during TLS handshakes, by their IANA names (NetApp's reference defines no closed list; it points to the IANA registry). */
                cipher_suites?: string[];
                /** @description TLS protocol versions the system may select during TLS handshakes, for example "TLSv1.3", "TLSv1.2", "TLSv1.1", "TLSv1". Using SSLv3 or TLSv1 is discouraged. */
                protocol_versions?: string[];
            };
            /** @description Cluster-wide settings of the legacy management protocols. */
            management_protocols?: {
                /** @description Whether the rsh protocol is enabled on the cluster. */
                rsh_enabled?: boolean;
                /** @description Whether the telnet protocol is enabled on the cluster. */
                telnet_enabled?: boolean;
            };
        };
        self_link: {
            self?: components["schemas"]["href"];
        };
        /** @description SVM, applies only to SVM-scoped objects. */
        svm_reference: {
            _links?: components["schemas"]["self_link"];
            /**
             * @description The name of the SVM. This field cannot be specified in a PATCH method.
             * @example svm1
             */
            name?: string;
            /**
             * @description The unique identifier of the SVM. This field cannot be specified in a PATCH method.
             * @example 02c9e252-41be-11e9-81d5-00a0986138f7
             */
            uuid?: string;
        };
        /** @description SVM, applies only to SVM-scoped objects. */
        svm_reference_create: {
            /**
             * @description The name of the SVM. This field cannot be specified in a PATCH method.
             * @example svm1
             */
            name?: string;
            /**
             * @description The unique identifier of the SVM. This field cannot be specified in a PATCH method.
             * @example 02c9e252-41be-11e9-81d5-00a0986138f7
             */
            uuid?: string;
        };
    };
    responses: {
        /** @description Error */
        error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/hal+json": components["schemas"]["error_response"];
            };
        };
    };
    parameters: {
        /** @description Specify the fields to return. */
        fields: string[];
        /** @description Limit the number of records returned. */
        max_records: number;
        /** @description Order results by specified fields and optional [asc|desc] direction. Default direction is 'asc' for ascending. */
        order_by: string[];
        /** @description The default is true for GET calls. When set to false, only the number of records is returned. */
        return_records_get: boolean;
        /** @description The default is false. If set to true, the records are returned. */
        return_records_post: boolean;
        /** @description The number of seconds to allow the call to execute before returning. When iterating over a collection, the default is 15 seconds. ONTAP returns earlier if either max records or the end of the collection is reached. */
        return_timeout_get: number;
        /** @description The number of seconds to allow the call to execute before returning. When doing a POST, PATCH, or DELETE operation on a single record, the default is 0 seconds: if an asynchronous operation is started, ONTAP answers 202 (Accepted) at once with a link to the job. With a non-zero value ONTAP waits that long for the job to complete before answering. */
        return_timeout_write: number;
    };
    requestBodies: never;
    headers: {
        /** @description Useful for tracking the resource location */
        location: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    security_get: {
        parameters: {
            query?: {
                /** @description Specify the fields to return. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The security configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["security_config"];
                };
            };
            default: components["responses"]["error"];
        };
    };
    security_modify: {
        parameters: {
            query?: {
                /** @description The default is false. If set to true, the records are returned. */
                return_records?: components["parameters"]["return_records_post"];
                /** @description The number of seconds to allow the call to execute before returning. When doing a POST, PATCH, or DELETE operation on a single record, the default is 0 seconds: if an asynchronous operation is started, ONTAP answers 202 (Accepted) at once with a link to the job. With a non-zero value ONTAP waits that long for the job to complete before answering. */
                return_timeout?: components["parameters"]["return_timeout_write"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["security_config_modify"];
            };
        };
        responses: {
            /** @description Accepted; the change runs as the job linked in the body. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["job_link_response"];
                };
            };
            default: components["responses"]["error"];
        };
    };
    ipsec_get: {
        parameters: {
            query?: {
                /** @description Specify the fields to return. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The IPsec configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ipsec"];
                };
            };
            default: components["responses"]["error"];
        };
    };
    ipsec_modify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ipsec_modify"];
            };
        };
        responses: {
            /** @description The configuration was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["error"];
        };
    };
    ipsec_policy_collection_get: {
        parameters: {
            query?: {
                /** @description Filter by remote_endpoint.port */
                "remote_endpoint.port"?: string;
                /** @description Filter by remote_endpoint.family */
                "remote_endpoint.family"?: string;
                /** @description Filter by remote_endpoint.address */
                "remote_endpoint.address"?: string;
                /** @description Filter by remote_endpoint.netmask */
                "remote_endpoint.netmask"?: string;
                /** @description Filter by svm.uuid */
                "svm.uuid"?: string;
                /** @description Filter by svm.name */
                "svm.name"?: string;
                /** @description Filter by ipspace.uuid */
                "ipspace.uuid"?: string;
                /** @description Filter by ipspace.name */
                "ipspace.name"?: string;
                /** @description Filter by uuid */
                uuid?: string;
                /** @description Filter by protocol */
                protocol?: string;
                /** @description Filter by enabled */
                enabled?: boolean;
                /** @description Filter by authentication_method */
                authentication_method?: string;
                /** @description Filter by local_endpoint.port */
                "local_endpoint.port"?: string;
                /** @description Filter by local_endpoint.family */
                "local_endpoint.family"?: string;
                /** @description Filter by local_endpoint.address */
                "local_endpoint.address"?: string;
                /** @description Filter by local_endpoint.netmask */
                "local_endpoint.netmask"?: string;
                /** @description Filter by certificate.uuid */
                "certificate.uuid"?: string;
                /** @description Filter by certificate.name */
                "certificate.name"?: string;
                /** @description Filter by local_identity */
                local_identity?: string;
                /** @description Filter by remote_identity */
                remote_identity?: string;
                /** @description Filter by scope */
                scope?: string;
                /** @description Filter by name */
                name?: string;
                /** @description Filter by action */
                action?: string;
                /** @description Specify the fields to return. */
                fields?: components["parameters"]["fields"];
                /** @description Limit the number of records returned. */
                max_records?: components["parameters"]["max_records"];
                /** @description The default is true for GET calls. When set to false, only the number of records is returned. */
                return_records?: components["parameters"]["return_records_get"];
                /** @description The number of seconds to allow the call to execute before returning. When iterating over a collection, the default is 15 seconds. ONTAP returns earlier if either max records or the end of the collection is reached. */
                return_timeout?: components["parameters"]["return_timeout_get"];
                /** @description Order results by specified fields and optional [asc|desc] direction. Default direction is 'asc' for ascending. */
                order_by?: components["parameters"]["order_by"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ipsec_policy_response"];
                };
            };
            default: components["responses"]["error"];
        };
    };
    ipsec_policy_create: {
        parameters: {
            query?: {
                /** @description The default is false. If set to true, the records are returned. */
                return_records?: components["parameters"]["return_records_post"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ipsec_policy_create"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    Location: components["headers"]["location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ipsec_policy_response"];
                };
            };
            default: components["responses"]["error"];
        };
    };
    ipsec_policy_get: {
        parameters: {
            query?: {
                /** @description Specify the fields to return. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                /** @description UUID of the IPsec policy. */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ipsec_policy"];
                };
            };
            default: components["responses"]["error"];
        };
    };
    ipsec_policy_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the IPsec policy. */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["error"];
        };
    };
    ipsec_policy_modify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the IPsec policy. */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ipsec_policy_modify"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["error"];
        };
    };
    security_association_collection_get: {
        parameters: {
            query?: {
                /** @description Filter by remote_address */
                remote_address?: string;
                /** @description Filter by policy_name */
                policy_name?: string;
                /** @description Filter by cipher_suite */
                cipher_suite?: string;
                /** @description Filter by local_address */
                local_address?: string;
                /** @description Filter by node.uuid */
                "node.uuid"?: string;
                /** @description Filter by node.name */
                "node.name"?: string;
                /** @description Filter by lifetime */
                lifetime?: number;
                /** @description Filter by svm.uuid */
                "svm.uuid"?: string;
                /** @description Filter by svm.name */
                "svm.name"?: string;
                /** @description Filter by scope */
                scope?: string;
                /** @description Filter by ike.authentication */
                "ike.authentication"?: string;
                /** @description Filter by ike.is_initiator */
                "ike.is_initiator"?: boolean;
                /** @description Filter by ike.version */
                "ike.version"?: number;
                /** @description Filter by ike.responder_security_parameter_index */
                "ike.responder_security_parameter_index"?: string;
                /** @description Filter by ike.initiator_security_parameter_index */
                "ike.initiator_security_parameter_index"?: string;
                /** @description Filter by ike.state */
                "ike.state"?: string;
                /** @description Filter by type */
                type?: string;
                /** @description Filter by uuid */
                uuid?: string;
                /** @description Filter by ipsec.action */
                "ipsec.action"?: string;
                /** @description Filter by ipsec.inbound.packets */
                "ipsec.inbound.packets"?: number;
                /** @description Filter by ipsec.inbound.security_parameter_index */
                "ipsec.inbound.security_parameter_index"?: string;
                /** @description Filter by ipsec.inbound.bytes */
                "ipsec.inbound.bytes"?: number;
                /** @description Filter by ipsec.state */
                "ipsec.state"?: string;
                /** @description Filter by ipsec.outbound.packets */
                "ipsec.outbound.packets"?: number;
                /** @description Filter by ipsec.outbound.security_parameter_index */
                "ipsec.outbound.security_parameter_index"?: string;
                /** @description Filter by ipsec.outbound.bytes */
                "ipsec.outbound.bytes"?: number;
                /** @description Specify the fields to return. */
                fields?: components["parameters"]["fields"];
                /** @description Limit the number of records returned. */
                max_records?: components["parameters"]["max_records"];
                /** @description The default is true for GET calls. When set to false, only the number of records is returned. */
                return_records?: components["parameters"]["return_records_get"];
                /** @description The number of seconds to allow the call to execute before returning. When iterating over a collection, the default is 15 seconds. ONTAP returns earlier if either max records or the end of the collection is reached. */
                return_timeout?: components["parameters"]["return_timeout_get"];
                /** @description Order results by specified fields and optional [asc|desc] direction. Default direction is 'asc' for ascending. */
                order_by?: components["parameters"]["order_by"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching security associations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["security_association_collection"];
                };
            };
            default: components["responses"]["error"];
        };
    };
    security_association_get: {
        parameters: {
            query?: {
                /** @description Specify the fields to return. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                /** @description UUID of the IPsec or IKE security association. */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The security association. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["security_association"];
                };
            };
            default: components["responses"]["error"];
        };
    };
    ipsec_ca_certificate_collection_get: {
        parameters: {
            query?: {
                /** @description Filter by scope */
                scope?: string;
                /** @description Filter by certificate.uuid */
                "certificate.uuid"?: string;
                /** @description Filter by svm.name */
                "svm.name"?: string;
                /** @description Filter by svm.uuid */
                "svm.uuid"?: string;
                /** @description Specify the fields to return. */
                fields?: components["parameters"]["fields"];
                /** @description Limit the number of records returned. */
                max_records?: components["parameters"]["max_records"];
                /** @description The default is true for GET calls. When set to false, only the number of records is returned. */
                return_records?: components["parameters"]["return_records_get"];
                /** @description The number of seconds to allow the call to execute before returning. When iterating over a collection, the default is 15 seconds. ONTAP returns earlier if either max records or the end of the collection is reached. */
                return_timeout?: components["parameters"]["return_timeout_get"];
                /** @description Order results by specified fields and optional [asc|desc] direction. Default direction is 'asc' for ascending. */
                order_by?: components["parameters"]["order_by"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The IPsec CA certificates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ipsec_ca_certificate_collection"];
                };
            };
            default: components["responses"]["error"];
        };
    };
    ipsec_ca_certificate_create: {
        parameters: {
            query?: {
                /** @description The default is false. If set to true, the records are returned. */
                return_records?: components["parameters"]["return_records_post"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ipsec_ca_certificate_create"];
            };
        };
        responses: {
            /** @description Added. With return_records=true the body carries the new record. */
            201: {
                headers: {
                    Location: components["headers"]["location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ipsec_ca_certificate_collection"];
                };
            };
            default: components["responses"]["error"];
        };
    };
    ipsec_ca_certificate_get: {
        parameters: {
            query?: {
                /** @description Specify the fields to return. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                /** @description UUID of the IPsec CA certificate. */
                "certificate.uuid": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The IPsec CA certificate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ipsec_ca_certificate"];
                };
            };
            default: components["responses"]["error"];
        };
    };
    ipsec_ca_certificate_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the CA certificate to be deleted from IPsec. */
                "certificate.uuid": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["error"];
        };
    };
}
