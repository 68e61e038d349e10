using System.Text;
using Telemetry.Firmware.Configuration;
using Telemetry.Firmware.Json;

namespace Telemetry.Firmware.Commands
{
    /// <summary>
    /// Runs one command and writes its JSON reply: <c>{"cmd":"ping","ok":true,...}</c> or
    /// <c>{"cmd":"x","ok":false,"error":"..."}</c>. Commands: <c>interval</c>, <c>ping</c>, <c>publish</c>,
    /// <c>get</c>, <c>reboot</c>, <c>sleep</c>. Works on bytes only and allocates nothing after construction.
    /// </summary>
    public sealed class CommandProcessor
    {
        /// <summary>Longest deep sleep accepted, seconds (7 days).</summary>
        public const int MaxSleepSeconds = 604800;

        private static readonly UTF8Encoding s_utf8 = new UTF8Encoding();

        // Reply member names, encoded once.
        private static readonly JsonName s_cmd = new JsonName("cmd");
        private static readonly JsonName s_ok = new JsonName("ok");
        private static readonly JsonName s_duplicate = new JsonName("duplicate");
        private static readonly JsonName s_uptime = new JsonName("uptime_s");
        private static readonly JsonName s_freeBytes = new JsonName("free_bytes");
        private static readonly JsonName s_sequence = new JsonName("seq");
        private static readonly JsonName s_intervalSeconds = new JsonName("interval_s");
        private static readonly JsonName s_sleepSeconds = new JsonName("sleep_s");
        private static readonly JsonName s_keyName = new JsonName("key");
        private static readonly JsonName s_value = new JsonName("value");
        private static readonly JsonName s_error = new JsonName("error");

        private readonly DeviceConfiguration _configuration;
        private readonly ISystem _system;
        private readonly byte[] _interval = s_utf8.GetBytes("interval");
        private readonly byte[] _ping = s_utf8.GetBytes("ping");
        private readonly byte[] _publish = s_utf8.GetBytes("publish");
        private readonly byte[] _get = s_utf8.GetBytes("get");
        private readonly byte[] _reboot = s_utf8.GetBytes("reboot");
        private readonly byte[] _sleep = s_utf8.GetBytes("sleep");
        private readonly byte[] _seconds = s_utf8.GetBytes("seconds");
        private readonly byte[] _key = s_utf8.GetBytes("key");
        private readonly byte[][] _keyNames;

        /// <summary>
        /// A processor over <paramref name="configuration"/> (the <c>interval</c> command changes it); <c>ping</c> asks
        /// <paramref name="system"/> for the free memory (a garbage collection on the device, so only then).
        /// </summary>
        public CommandProcessor(DeviceConfiguration configuration, ISystem system)
        {
            _configuration = configuration;
            _system = system;
            _keyNames = new byte[ConfigurationKeys.Count][];
            for (int i = 0; i < ConfigurationKeys.Count; i++)
            {
                _keyNames[i] = s_utf8.GetBytes(ConfigurationKeys.Name(i));
            }
        }

        /// <summary>True when the last command got an error reply.</summary>
        public bool LastFailed { get; private set; }

        /// <summary>Seconds of the last accepted <c>sleep</c>.</summary>
        public int SleepSeconds { get; private set; }

        /// <summary>
        /// Runs <paramref name="request"/> and writes the reply into <paramref name="reply"/> (reset first).
        /// <paramref name="uptimeMilliseconds"/> and <paramref name="nextSequence"/> go into the replies of <c>ping</c>
        /// and <c>publish</c>. Returns a <see cref="CommandAction"/>.
        /// </summary>
        public int Execute(CommandRequest request, JsonWriter reply, long uptimeMilliseconds, long nextSequence)
        {
            LastFailed = false;
            reply.Reset();
            reply.BeginObject();
            reply.WriteName(s_cmd);
            reply.WriteString(request.Name, 0, request.NameLength);
            int action = Run(request, reply, uptimeMilliseconds, nextSequence);
            reply.EndObject();
            return action;
        }

        /// <summary>Writes the reply to a command that was already run: <c>{"cmd":..,"ok":true,"duplicate":true}</c>.</summary>
        public void WriteDuplicateReply(CommandRequest request, JsonWriter reply)
        {
            reply.Reset();
            reply.BeginObject();
            reply.WriteName(s_cmd);
            reply.WriteString(request.Name, 0, request.NameLength);
            reply.BooleanProperty(s_ok, true);
            reply.BooleanProperty(s_duplicate, true);
            reply.EndObject();
        }

        private int Run(CommandRequest request, JsonWriter reply, long uptimeMilliseconds, long nextSequence)
        {
            byte[] name = request.Name;
            int length = request.NameLength;
            if (request.NameTooLong || length == 0)
            {
                return Fail(reply, "unknown command");
            }

            if (request.PayloadTooLong)
            {
                return Fail(reply, "payload too long");
            }

            if (CommandArgument.BytesEqual(name, 0, length, _ping))
            {
                reply.BooleanProperty(s_ok, true);
                reply.IntegerProperty(s_uptime, uptimeMilliseconds / 1000);
                long freeMemoryBytes = _system.FreeMemoryBytes();
                if (freeMemoryBytes >= 0)
                {
                    reply.IntegerProperty(s_freeBytes, freeMemoryBytes);
                }

                return CommandAction.None;
            }

            if (CommandArgument.BytesEqual(name, 0, length, _publish))
            {
                reply.BooleanProperty(s_ok, true);
                reply.IntegerProperty(s_sequence, nextSequence);
                return CommandAction.PublishNow;
            }

            if (CommandArgument.BytesEqual(name, 0, length, _interval))
            {
                int seconds;
                string error = ReadSeconds(request, DeviceConfiguration.MinIntervalSeconds, DeviceConfiguration.MaxIntervalSeconds, out seconds);
                if (error != null)
                {
                    return Fail(reply, error);
                }

                _configuration.TelemetryIntervalSeconds = seconds;
                if (_configuration.LowBatteryIntervalSeconds < seconds)
                {
                    _configuration.LowBatteryIntervalSeconds = seconds;
                }

                reply.BooleanProperty(s_ok, true);
                reply.IntegerProperty(s_intervalSeconds, seconds);
                return CommandAction.IntervalChanged;
            }

            if (CommandArgument.BytesEqual(name, 0, length, _get))
            {
                return Get(request, reply);
            }

            if (CommandArgument.BytesEqual(name, 0, length, _reboot))
            {
                reply.BooleanProperty(s_ok, true);
                return CommandAction.Reboot;
            }

            if (CommandArgument.BytesEqual(name, 0, length, _sleep))
            {
                int seconds;
                string error = ReadSeconds(request, 1, MaxSleepSeconds, out seconds);
                if (error != null)
                {
                    return Fail(reply, error);
                }

                SleepSeconds = seconds;
                reply.BooleanProperty(s_ok, true);
                reply.IntegerProperty(s_sleepSeconds, seconds);
                return CommandAction.Sleep;
            }

            return Fail(reply, "unknown command (known: interval, ping, publish, get, reboot, sleep)");
        }

        private int Get(CommandRequest request, JsonWriter reply)
        {
            int offset;
            int length;
            int found = CommandArgument.Find(request.Payload, 0, request.PayloadLength, _key, out offset, out length);
            if (found == CommandArgument.Missing)
            {
                return Fail(reply, "missing argument: the setting name, e.g. telemetry_interval or {\"key\":\"telemetry_interval\"}");
            }

            if (found == CommandArgument.Malformed)
            {
                return Fail(reply, "malformed payload: expected a setting name or {\"key\":\"...\"}");
            }

            int key = ConfigurationKeys.Unknown;
            for (int i = 0; i < _keyNames.Length; i++)
            {
                if (CommandArgument.BytesEqual(request.Payload, offset, length, _keyNames[i]))
                {
                    key = i;
                    break;
                }
            }

            if (key == ConfigurationKeys.Unknown)
            {
                return Fail(reply, "unknown setting");
            }

            if (ConfigurationKeys.IsSecret(key))
            {
                return Fail(reply, "secret setting: never shown");
            }

            reply.BooleanProperty(s_ok, true);
            reply.WriteName(s_keyName);
            reply.WriteString(_keyNames[key], 0, _keyNames[key].Length);
            reply.WriteName(s_value);
            WriteSetting(key, reply);
            return CommandAction.None;
        }

        private void WriteSetting(int key, JsonWriter reply)
        {
            DeviceConfiguration c = _configuration;
            switch (key)
            {
                case ConfigurationKeys.DeviceId:
                    reply.WriteString(c.DeviceId);
                    break;
                case ConfigurationKeys.Broker:
                    reply.WriteString(c.BrokerUri);
                    break;
                case ConfigurationKeys.MqttVersion:
                    reply.WriteString(c.MqttVersion == 5 ? "5" : "3.1.1");
                    break;
                case ConfigurationKeys.UserName:
                    reply.WriteString(c.UserName);
                    break;
                case ConfigurationKeys.KeepAlive:
                    reply.WriteInteger(c.KeepAliveSeconds);
                    break;
                case ConfigurationKeys.TopicPrefix:
                    reply.WriteString(c.TopicPrefix);
                    break;
                case ConfigurationKeys.TelemetryInterval:
                    reply.WriteInteger(c.TelemetryIntervalSeconds);
                    break;
                case ConfigurationKeys.LowBatteryInterval:
                    reply.WriteInteger(c.LowBatteryIntervalSeconds);
                    break;
                case ConfigurationKeys.TelemetryQos:
                    reply.WriteInteger(c.TelemetryQos);
                    break;
                case ConfigurationKeys.TelemetryRetain:
                    reply.WriteBoolean(c.TelemetryRetain);
                    break;
                case ConfigurationKeys.StatusQos:
                    reply.WriteInteger(c.StatusQos);
                    break;
                case ConfigurationKeys.CommandQos:
                    reply.WriteInteger(c.CommandQos);
                    break;
                case ConfigurationKeys.ReplyQos:
                    reply.WriteInteger(c.ReplyQos);
                    break;
                case ConfigurationKeys.GpsMaxAge:
                    reply.WriteInteger(c.GpsMaxAgeSeconds);
                    break;
                case ConfigurationKeys.Discovery:
                    reply.WriteBoolean(c.DiscoveryEnabled);
                    break;
                case ConfigurationKeys.DiscoveryPrefix:
                    reply.WriteString(c.DiscoveryPrefix);
                    break;
                case ConfigurationKeys.WifiSsid:
                    reply.WriteString(c.WifiSsid);
                    break;
                default:
                    reply.WriteNull();
                    break;
            }
        }

        // Returns null and the seconds, or the error text.
        private string ReadSeconds(CommandRequest request, int min, int max, out int seconds)
        {
            seconds = 0;
            int offset;
            int length;
            int found = CommandArgument.Find(request.Payload, 0, request.PayloadLength, _seconds, out offset, out length);
            if (found == CommandArgument.Missing)
            {
                return max == MaxSleepSeconds
                    ? "missing argument: seconds (1-604800), e.g. 60 or {\"seconds\":60}"
                    : "missing argument: seconds (1-86400), e.g. 60 or {\"seconds\":60}";
            }

            if (found == CommandArgument.Malformed)
            {
                return "malformed payload: expected a number or {\"seconds\":N}";
            }

            if (!ConfigurationParser.TryParseInt(request.Payload, offset, length, min, max, out seconds))
            {
                return max == MaxSleepSeconds
                    ? "seconds must be a whole number from 1 to 604800"
                    : "seconds must be a whole number from 1 to 86400";
            }

            return null;
        }

        private int Fail(JsonWriter reply, string error)
        {
            LastFailed = true;
            reply.BooleanProperty(s_ok, false);
            reply.StringProperty(s_error, error);
            return CommandAction.None;
        }
    }
}
