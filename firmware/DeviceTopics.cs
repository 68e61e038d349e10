using System.Text;
using Telemetry.Firmware.Configuration;

namespace Telemetry.Firmware
{
    /// <summary>
    /// The topics of one device, built once at start-up from the prefix and the device id:
    /// <c>&lt;prefix&gt;/&lt;device-id&gt;/status</c>, <c>.../telemetry</c>, <c>.../cmd/&lt;name&gt;</c> and
    /// <c>.../cmd/&lt;name&gt;/reply</c>.
    /// </summary>
    public sealed class DeviceTopics
    {
        /// <summary>Payload of the birth message on the status topic.</summary>
        public const string Online = "online";

        /// <summary>Payload of the will (and of a clean shutdown) on the status topic.</summary>
        public const string Offline = "offline";

        private static readonly UTF8Encoding s_utf8 = new UTF8Encoding();

        /// <summary>Topics of <paramref name="configuration"/>'s device.</summary>
        public DeviceTopics(DeviceConfiguration configuration)
        {
            Base = configuration.TopicPrefix + "/" + configuration.DeviceId;
            Status = Base + "/status";
            Telemetry = Base + "/telemetry";
            Location = Base + "/location";
            CommandFilter = Base + "/cmd/+";
            CommandPrefix = s_utf8.GetBytes(Base + "/cmd/");
            ReplySuffix = s_utf8.GetBytes("/reply");
            OnlinePayload = s_utf8.GetBytes(Online);
            OfflinePayload = s_utf8.GetBytes(Offline);
        }

        /// <summary><c>&lt;prefix&gt;/&lt;device-id&gt;</c>.</summary>
        public string Base { get; private set; }

        /// <summary>Retained <c>online</c>/<c>offline</c> topic (birth and will).</summary>
        public string Status { get; private set; }

        /// <summary>Telemetry topic.</summary>
        public string Telemetry { get; private set; }

        /// <summary>Retained position for Home Assistant's device tracker: <c>{"latitude":..,"longitude":..,"gps_accuracy":..}</c>.</summary>
        public string Location { get; private set; }

        /// <summary>Subscription for every command: <c>.../cmd/+</c>.</summary>
        public string CommandFilter { get; private set; }

        /// <summary>UTF-8 of <c>&lt;prefix&gt;/&lt;device-id&gt;/cmd/</c>: a command topic is this plus the name.</summary>
        public byte[] CommandPrefix { get; private set; }

        /// <summary>UTF-8 of <c>/reply</c>.</summary>
        public byte[] ReplySuffix { get; private set; }

        /// <summary>UTF-8 of <c>online</c>.</summary>
        public byte[] OnlinePayload { get; private set; }

        /// <summary>UTF-8 of <c>offline</c>.</summary>
        public byte[] OfflinePayload { get; private set; }

        /// <summary>
        /// True when the topic in <paramref name="buffer"/> is a command topic; <paramref name="nameOffset"/> and
        /// <paramref name="nameLength"/> then locate the command name (one level, not empty).
        /// </summary>
        public bool TryGetCommandName(byte[] buffer, int offset, int length, out int nameOffset, out int nameLength)
        {
            nameOffset = 0;
            nameLength = 0;
            byte[] prefix = CommandPrefix;
            if (length <= prefix.Length)
            {
                return false;
            }

            for (int i = 0; i < prefix.Length; i++)
            {
                if (buffer[offset + i] != prefix[i])
                {
                    return false;
                }
            }

            for (int i = offset + prefix.Length; i < offset + length; i++)
            {
                if (buffer[i] == (byte)'/')
                {
                    return false;
                }
            }

            nameOffset = offset + prefix.Length;
            nameLength = length - prefix.Length;
            return true;
        }
    }
}
