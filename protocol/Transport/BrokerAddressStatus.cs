namespace Telemetry.Mqtt.Transport
{
    /// <summary>Results of <see cref="BrokerAddress.TryParse"/>: 0 for success, negative values name the fault.</summary>
    public static class BrokerAddressStatus
    {
        /// <summary>Parsed.</summary>
        public const int Ok = 0;

        /// <summary>Null or empty URI.</summary>
        public const int Empty = -1;

        /// <summary>No <c>scheme://</c> prefix.</summary>
        public const int MissingScheme = -2;

        /// <summary>A scheme other than mqtt or mqtts.</summary>
        public const int UnknownScheme = -3;

        /// <summary>Nothing between <c>://</c> and the port.</summary>
        public const int MissingHost = -4;

        /// <summary>A host with characters other than letters, digits, '-', '_' and '.'.</summary>
        public const int InvalidHost = -5;

        /// <summary>A port that is not a decimal number in 1..65535.</summary>
        public const int InvalidPort = -6;

        /// <summary>A path, query or fragment after the host.</summary>
        public const int PathNotSupported = -7;

        /// <summary>User name or password in the URI (set them in the client options).</summary>
        public const int UserInfoNotSupported = -8;

        /// <summary>A bracketed IPv6 literal.</summary>
        public const int Ipv6NotSupported = -9;

        /// <summary>A short English description of <paramref name="status"/>.</summary>
        public static string Describe(int status)
        {
            switch (status)
            {
                case Ok: return "ok";
                case Empty: return "empty URI";
                case MissingScheme: return "missing scheme, expected mqtt://host[:port] or mqtts://host[:port]";
                case UnknownScheme: return "unknown scheme, expected mqtt:// or mqtts://";
                case MissingHost: return "missing host";
                case InvalidHost: return "invalid host name (letters, digits, '-', '_', '.')";
                case InvalidPort: return "invalid port (1..65535)";
                case PathNotSupported: return "a path, query or fragment is not supported";
                case UserInfoNotSupported: return "user info is not supported (set UserName/Password in the options)";
                case Ipv6NotSupported: return "IPv6 literals are not supported";
                default: return "unknown status";
            }
        }
    }
}
