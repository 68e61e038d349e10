using System;
using System.Text;

namespace Telemetry.Mqtt.Transport
{
    /// <summary>
    /// A broker URI, <c>mqtt://host[:port]</c> (TCP, 1883) or <c>mqtts://host[:port]</c> (TLS, 8883), parsed once at
    /// start-up. A trailing <c>/</c> is accepted; user info, paths, queries and IPv6 literals are refused.
    /// </summary>
    public sealed class BrokerAddress
    {
        /// <summary>Default port of <c>mqtt://</c>.</summary>
        public const int DefaultPort = 1883;

        /// <summary>Default port of <c>mqtts://</c>.</summary>
        public const int DefaultTlsPort = 8883;

        private static readonly UTF8Encoding Encoding = new UTF8Encoding();

        /// <summary>Host name or IPv4 address.</summary>
        public string Host;

        /// <summary>TCP port (1..65535).</summary>
        public int Port;

        /// <summary>True for <c>mqtts://</c>.</summary>
        public bool UseTls;

        /// <summary>Parses <paramref name="uri"/>; throws <see cref="ArgumentException"/> naming the fault.</summary>
        public static BrokerAddress Parse(string uri)
        {
            BrokerAddress result = new BrokerAddress();
            int status = TryParse(uri, result);
            if (status != BrokerAddressStatus.Ok)
            {
                throw new ArgumentException("broker URI '" + uri + "': " + BrokerAddressStatus.Describe(status));
            }

            return result;
        }

        /// <summary>
        /// Parses <paramref name="uri"/> into <paramref name="result"/>; returns <see cref="BrokerAddressStatus.Ok"/> or
        /// the negative status naming the fault (then <paramref name="result"/> is left unchanged).
        /// </summary>
        public static int TryParse(string uri, BrokerAddress result)
        {
            if (result == null || uri == null || uri.Length == 0)
            {
                return BrokerAddressStatus.Empty;
            }

            int schemeEnd = uri.IndexOf("://");
            if (schemeEnd < 0)
            {
                return BrokerAddressStatus.MissingScheme;
            }

            string scheme = uri.Substring(0, schemeEnd);
            bool tls;
            if (scheme == "mqtt" || scheme == "MQTT" || scheme == "tcp")
            {
                tls = false;
            }
            else if (scheme == "mqtts" || scheme == "MQTTS" || scheme == "ssl")
            {
                tls = true;
            }
            else
            {
                return BrokerAddressStatus.UnknownScheme;
            }

            string authority = uri.Substring(schemeEnd + 3);
            int length = authority.Length;
            if (length > 0 && authority.LastIndexOf('/') == length - 1)
            {
                authority = authority.Substring(0, length - 1);
            }

            if (authority.IndexOf('@') >= 0)
            {
                return BrokerAddressStatus.UserInfoNotSupported;
            }

            if (authority.IndexOf('/') >= 0 || authority.IndexOf('?') >= 0 || authority.IndexOf('#') >= 0)
            {
                return BrokerAddressStatus.PathNotSupported;
            }

            if (authority.IndexOf('[') >= 0)
            {
                return BrokerAddressStatus.Ipv6NotSupported;
            }

            string host = authority;
            int port = tls ? DefaultTlsPort : DefaultPort;
            int colon = authority.IndexOf(':');
            if (colon >= 0)
            {
                host = authority.Substring(0, colon);
                port = ParsePort(authority.Substring(colon + 1));
                if (port < 0)
                {
                    return BrokerAddressStatus.InvalidPort;
                }
            }

            if (host.Length == 0)
            {
                return BrokerAddressStatus.MissingHost;
            }

            if (!IsHostName(host))
            {
                return BrokerAddressStatus.InvalidHost;
            }

            result.Host = host;
            result.Port = port;
            result.UseTls = tls;
            return BrokerAddressStatus.Ok;
        }

        /// <summary>The URI form, <c>mqtt://host:port</c>.</summary>
        public override string ToString()
        {
            return (UseTls ? "mqtts://" : "mqtt://") + Host + ":" + Port.ToString();
        }

        // Decimal 1..65535, digits only (no sign, no spaces); -1 otherwise.
        private static int ParsePort(string text)
        {
            int length = text.Length;
            if (length == 0 || length > 5)
            {
                return -1;
            }

            byte[] digits = Encoding.GetBytes(text);
            int value = 0;
            for (int i = 0; i < digits.Length; i++)
            {
                int digit = digits[i] - '0';
                if (digit < 0 || digit > 9)
                {
                    return -1;
                }

                value = (value * 10) + digit;
            }

            return value >= 1 && value <= 65535 ? value : -1;
        }

        // Letters, digits, '-', '_' and '.' (host names and IPv4 addresses), at most 253 bytes.
        private static bool IsHostName(string host)
        {
            byte[] bytes = Encoding.GetBytes(host);
            if (bytes.Length > 253)
            {
                return false;
            }

            for (int i = 0; i < bytes.Length; i++)
            {
                int b = bytes[i];
                bool valid = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                    || b == '-' || b == '_' || b == '.';
                if (!valid)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
