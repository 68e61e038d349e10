using System.Text;

namespace Telemetry.Firmware.Configuration
{
    /// <summary>
    /// Reads the configuration file's bytes into a <see cref="DeviceConfiguration"/>. Two forms are accepted:
    /// <c>key=value</c> lines (with <c>#</c> or <c>;</c> comments) and a flat JSON object
    /// (<c>{"key": "value", "n": 30, "b": true}</c>). Every bad line is reported with its line number and key, and
    /// leaves that setting at its default, so the device still starts. Start-up only (allocates strings).
    /// </summary>
    public static class ConfigurationParser
    {
        private static readonly UTF8Encoding s_utf8 = new UTF8Encoding();
        private static readonly byte[] s_five = s_utf8.GetBytes("5");
        private static readonly byte[] s_fiveZero = s_utf8.GetBytes("5.0");
        private static readonly byte[] s_four = s_utf8.GetBytes("4");
        private static readonly byte[] s_three11 = s_utf8.GetBytes("3.1.1");
        private static readonly byte[] s_three11Short = s_utf8.GetBytes("311");
        private static readonly byte[] s_true = s_utf8.GetBytes("true");
        private static readonly byte[] s_yes = s_utf8.GetBytes("yes");
        private static readonly byte[] s_on = s_utf8.GetBytes("on");
        private static readonly byte[] s_one = s_utf8.GetBytes("1");
        private static readonly byte[] s_false = s_utf8.GetBytes("false");
        private static readonly byte[] s_no = s_utf8.GetBytes("no");
        private static readonly byte[] s_off = s_utf8.GetBytes("off");
        private static readonly byte[] s_zero = s_utf8.GetBytes("0");
        private static readonly byte[] s_mqtt = s_utf8.GetBytes("mqtt://");
        private static readonly byte[] s_mqtts = s_utf8.GetBytes("mqtts://");

        /// <summary>Parses <paramref name="data"/> whole.</summary>
        public static ConfigurationResult Parse(byte[] data, DeviceConfiguration configuration)
        {
            return Parse(data, 0, data == null ? 0 : data.Length, configuration);
        }

        /// <summary>Parses <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        public static ConfigurationResult Parse(byte[] data, int offset, int count, DeviceConfiguration configuration)
        {
            ConfigurationResult result = new ConfigurationResult();
            if (data == null || offset < 0 || count < 0 || offset + count > data.Length)
            {
                result.Add(0, "", "no configuration data");
                return result;
            }

            int end = offset + count;
            if (count >= 3 && data[offset] == 0xEF && data[offset + 1] == 0xBB && data[offset + 2] == 0xBF)
            {
                offset += 3;
            }

            int first = SkipWhiteSpace(data, offset, end);
            if (first < end && data[first] == (byte)'{')
            {
                ParseJson(data, offset, end, configuration, result);
            }
            else
            {
                ParseLines(data, offset, end, configuration, result);
            }

            return result;
        }

        private static void ParseLines(byte[] data, int position, int end, DeviceConfiguration configuration, ConfigurationResult result)
        {
            int line = 0;
            while (position < end)
            {
                line++;
                int lineEnd = position;
                while (lineEnd < end && data[lineEnd] != (byte)'\n')
                {
                    lineEnd++;
                }

                int next = lineEnd + 1;
                int start = SkipWhiteSpace(data, position, lineEnd);
                int stop = TrimEnd(data, start, lineEnd);
                if (start < stop && data[start] != (byte)'#' && data[start] != (byte)';')
                {
                    int equals = start;
                    while (equals < stop && data[equals] != (byte)'=')
                    {
                        equals++;
                    }

                    if (equals == stop)
                    {
                        result.Add(line, "", "expected key=value");
                    }
                    else
                    {
                        int keyEnd = TrimEnd(data, start, equals);
                        int valueStart = SkipWhiteSpace(data, equals + 1, stop);
                        int valueEnd = stop;
                        if (valueEnd - valueStart >= 2 && data[valueStart] == (byte)'"' && data[valueEnd - 1] == (byte)'"')
                        {
                            valueStart++;
                            valueEnd--;
                        }

                        Apply(data, start, keyEnd - start, data, valueStart, valueEnd - valueStart, line, configuration, result);
                    }
                }

                position = next;
            }
        }

        private static void ParseJson(byte[] data, int position, int end, DeviceConfiguration configuration, ConfigurationResult result)
        {
            byte[] scratch = new byte[end - position];
            int line = 1;
            position = Skip(data, position, end, ref line) + 1;
            while (true)
            {
                position = Skip(data, position, end, ref line);
                if (position >= end)
                {
                    result.Add(line, "", "JSON object not closed with '}'");
                    return;
                }

                if (data[position] == (byte)'}')
                {
                    return;
                }

                if (data[position] == (byte)',')
                {
                    position++;
                    continue;
                }

                int keyLine = line;
                int keyLength = ReadJsonString(data, ref position, end, scratch, 0);
                if (keyLength < 0)
                {
                    result.Add(line, "", "expected a quoted key");
                    return;
                }

                string key = s_utf8.GetString(scratch, 0, keyLength);
                position = Skip(data, position, end, ref line);
                if (position >= end || data[position] != (byte)':')
                {
                    result.Add(line, key, "expected ':' after the key");
                    return;
                }

                position = Skip(data, position + 1, end, ref line);
                if (position < end && data[position] == (byte)'"')
                {
                    int valueLength = ReadJsonString(data, ref position, end, scratch, 0);
                    if (valueLength < 0)
                    {
                        result.Add(line, key, "unterminated or badly escaped string");
                        return;
                    }

                    ApplyNamed(key, scratch, 0, valueLength, keyLine, configuration, result);
                }
                else
                {
                    int valueStart = position;
                    while (position < end && data[position] != (byte)',' && data[position] != (byte)'}'
                        && data[position] != (byte)'\n' && data[position] != (byte)'\r')
                    {
                        position++;
                    }

                    int valueEnd = TrimEnd(data, valueStart, position);
                    if (valueEnd == valueStart || data[valueStart] == (byte)'{' || data[valueStart] == (byte)'[')
                    {
                        result.Add(keyLine, key, "expected a string, number or true/false");
                        return;
                    }

                    ApplyNamed(key, data, valueStart, valueEnd - valueStart, keyLine, configuration, result);
                }
            }
        }

        // Reads a JSON string at data[position] == '"' into scratch (unescaped); returns its length or -1.
        private static int ReadJsonString(byte[] data, ref int position, int end, byte[] scratch, int scratchOffset)
        {
            if (position >= end || data[position] != (byte)'"')
            {
                return -1;
            }

            int length = 0;
            int i = position + 1;
            while (i < end)
            {
                byte b = data[i];
                if (b == (byte)'"')
                {
                    position = i + 1;
                    return length;
                }

                if (b == (byte)'\n')
                {
                    return -1;
                }

                if (b == (byte)'\\')
                {
                    if (i + 1 >= end)
                    {
                        return -1;
                    }

                    byte e = data[i + 1];
                    i += 2;
                    switch (e)
                    {
                        case (byte)'"':
                        case (byte)'\\':
                        case (byte)'/':
                            scratch[scratchOffset + length++] = e;
                            break;
                        case (byte)'n':
                            scratch[scratchOffset + length++] = (byte)'\n';
                            break;
                        case (byte)'t':
                            scratch[scratchOffset + length++] = (byte)'\t';
                            break;
                        case (byte)'r':
                            scratch[scratchOffset + length++] = (byte)'\r';
                            break;
                        case (byte)'u':
                            int code = 0;
                            for (int k = 0; k < 4; k++)
                            {
                                int digit = i + k < end ? HexValue(data[i + k]) : -1;
                                if (digit < 0)
                                {
                                    return -1;
                                }

                                code = (code * 16) + digit;
                            }

                            if (code == 0 || code >= 0xD800 && code <= 0xDFFF)
                            {
                                return -1;
                            }

                            i += 4;
                            if (code < 0x80)
                            {
                                scratch[scratchOffset + length++] = (byte)code;
                            }
                            else if (code < 0x800)
                            {
                                scratch[scratchOffset + length++] = (byte)(0xC0 | (code >> 6));
                                scratch[scratchOffset + length++] = (byte)(0x80 | (code & 0x3F));
                            }
                            else
                            {
                                scratch[scratchOffset + length++] = (byte)(0xE0 | (code >> 12));
                                scratch[scratchOffset + length++] = (byte)(0x80 | ((code >> 6) & 0x3F));
                                scratch[scratchOffset + length++] = (byte)(0x80 | (code & 0x3F));
                            }

                            break;
                        default:
                            return -1;
                    }
                }
                else
                {
                    scratch[scratchOffset + length++] = b;
                    i++;
                }
            }

            return -1;
        }

        private static void Apply(byte[] keyData, int keyOffset, int keyLength, byte[] value, int offset, int length, int line, DeviceConfiguration configuration, ConfigurationResult result)
        {
            string key = s_utf8.GetString(keyData, keyOffset, keyLength);
            ApplyNamed(key, value, offset, length, line, configuration, result);
        }

        private static void ApplyNamed(string name, byte[] value, int offset, int length, int line, DeviceConfiguration c, ConfigurationResult result)
        {
            int key = ConfigurationKeys.Find(name);
            if (key == ConfigurationKeys.Unknown)
            {
                result.Add(line, name, "unknown key, ignored");
                return;
            }

            string error = Set(key, value, offset, length, c);
            if (error == null)
            {
                result.ValuesRead++;
            }
            else
            {
                result.Add(line, name, error);
            }
        }

        /// <summary>Sets setting <paramref name="key"/> from UTF-8 text; returns null or what was wrong (the setting keeps its value).</summary>
        public static string Set(int key, byte[] value, int offset, int length, DeviceConfiguration c)
        {
            int number;
            bool flag;
            switch (key)
            {
                case ConfigurationKeys.DeviceId:
                    if (!IsDeviceId(value, offset, length))
                    {
                        return "must be 1-64 letters, digits, '-' or '_' (default: from the MAC address)";
                    }

                    c.DeviceId = Text(value, offset, length);
                    return null;
                case ConfigurationKeys.Broker:
                    return SetBroker(value, offset, length, c);
                case ConfigurationKeys.MqttVersion:
                    if (IsText(value, offset, length, s_five) || IsText(value, offset, length, s_fiveZero))
                    {
                        c.MqttVersion = 5;
                        return null;
                    }

                    if (IsText(value, offset, length, s_four) || IsText(value, offset, length, s_three11) || IsText(value, offset, length, s_three11Short))
                    {
                        c.MqttVersion = 4;
                        return null;
                    }

                    return "must be 3.1.1 or 5 (default 5)";
                case ConfigurationKeys.UserName:
                    c.UserName = Text(value, offset, length);
                    return null;
                case ConfigurationKeys.Password:
                    c.Password = Text(value, offset, length);
                    return null;
                case ConfigurationKeys.KeepAlive:
                    if (!TryParseInt(value, offset, length, 0, 65535, out number))
                    {
                        return "must be a whole number of seconds 0-65535 (default 60)";
                    }

                    c.KeepAliveSeconds = number;
                    return null;
                case ConfigurationKeys.TopicPrefix:
                    if (!IsTopicPrefix(value, offset, length))
                    {
                        return "must be a non-empty topic without '+', '#' or a leading or trailing '/' (default telemetry)";
                    }

                    c.TopicPrefix = Text(value, offset, length);
                    return null;
                case ConfigurationKeys.TelemetryInterval:
                    if (!TryParseInt(value, offset, length, DeviceConfiguration.MinIntervalSeconds, DeviceConfiguration.MaxIntervalSeconds, out number))
                    {
                        return "must be a whole number of seconds 1-86400 (default 30)";
                    }

                    c.TelemetryIntervalSeconds = number;
                    return null;
                case ConfigurationKeys.LowBatteryInterval:
                    if (!TryParseInt(value, offset, length, DeviceConfiguration.MinIntervalSeconds, DeviceConfiguration.MaxIntervalSeconds, out number))
                    {
                        return "must be a whole number of seconds 1-86400 (default 300)";
                    }

                    c.LowBatteryIntervalSeconds = number;
                    return null;
                case ConfigurationKeys.TelemetryQos:
                case ConfigurationKeys.StatusQos:
                case ConfigurationKeys.CommandQos:
                case ConfigurationKeys.ReplyQos:
                    if (!TryParseInt(value, offset, length, 0, 2, out number))
                    {
                        return "must be 0, 1 or 2 (default 1)";
                    }

                    SetQos(key, number, c);
                    return null;
                case ConfigurationKeys.TelemetryRetain:
                    if (!TryParseBool(value, offset, length, out flag))
                    {
                        return "must be true or false (default false)";
                    }

                    c.TelemetryRetain = flag;
                    return null;
                case ConfigurationKeys.GpsMaxAge:
                    if (!TryParseInt(value, offset, length, 1, 3600, out number))
                    {
                        return "must be a whole number of seconds 1-3600 (default 10)";
                    }

                    c.GpsMaxAgeSeconds = number;
                    return null;
                case ConfigurationKeys.Discovery:
                    if (!TryParseBool(value, offset, length, out flag))
                    {
                        return "must be true or false (default true)";
                    }

                    c.DiscoveryEnabled = flag;
                    return null;
                case ConfigurationKeys.DiscoveryPrefix:
                    if (!IsTopicPrefix(value, offset, length))
                    {
                        return "must be a non-empty topic without '+', '#' or a leading or trailing '/' (default homeassistant)";
                    }

                    c.DiscoveryPrefix = Text(value, offset, length);
                    return null;
                case ConfigurationKeys.WifiSsid:
                    if (length > 32)
                    {
                        return "longer than 32 bytes";
                    }

                    c.WifiSsid = Text(value, offset, length);
                    return null;
                case ConfigurationKeys.WifiPassword:
                    if (length > 0 && (length < 8 || length > 64))
                    {
                        return "must be 8-64 characters (WPA2) or empty";
                    }

                    c.WifiPassword = Text(value, offset, length);
                    return null;
                default:
                    return "unknown key";
            }
        }

        private static void SetQos(int key, int qos, DeviceConfiguration c)
        {
            if (key == ConfigurationKeys.TelemetryQos)
            {
                c.TelemetryQos = qos;
            }
            else if (key == ConfigurationKeys.StatusQos)
            {
                c.StatusQos = qos;
            }
            else if (key == ConfigurationKeys.CommandQos)
            {
                c.CommandQos = qos;
            }
            else
            {
                c.ReplyQos = qos;
            }
        }

        private static string SetBroker(byte[] value, int offset, int length, DeviceConfiguration c)
        {
            const string Expected = "must be mqtt://host[:port] or mqtts://host[:port]";
            bool tls;
            int position;
            if (StartsWith(value, offset, length, s_mqtt))
            {
                tls = false;
                position = offset + 7;
            }
            else if (StartsWith(value, offset, length, s_mqtts))
            {
                tls = true;
                position = offset + 8;
            }
            else
            {
                return Expected + " (unknown scheme)";
            }

            int end = offset + length;
            if (end > position && value[end - 1] == (byte)'/')
            {
                end--;
            }

            int hostStart = position;
            while (position < end && value[position] != (byte)':')
            {
                byte b = value[position];
                if (b == (byte)'/' || b == (byte)'@' || b <= 0x20)
                {
                    return Expected + " (bad host)";
                }

                position++;
            }

            if (position == hostStart)
            {
                return Expected + " (no host)";
            }

            int port = tls ? 8883 : 1883;
            if (position < end && !TryParseInt(value, position + 1, end - position - 1, 1, 65535, out port))
            {
                return Expected + " (port must be 1-65535)";
            }

            c.BrokerHost = Text(value, hostStart, position - hostStart);
            c.BrokerPort = port;
            c.BrokerUseTls = tls;
            c.BrokerUri = Text(value, offset, length);
            return null;
        }

        /// <summary>Parses a decimal whole number within [<paramref name="min"/>, <paramref name="max"/>].</summary>
        public static bool TryParseInt(byte[] data, int offset, int length, int min, int max, out int value)
        {
            value = 0;
            if (length <= 0 || length > 10)
            {
                return false;
            }

            bool negative = data[offset] == (byte)'-';
            int i = negative || data[offset] == (byte)'+' ? 1 : 0;
            if (i == length)
            {
                return false;
            }

            long result = 0;
            for (; i < length; i++)
            {
                int digit = data[offset + i] - '0';
                if (digit < 0 || digit > 9)
                {
                    return false;
                }

                result = (result * 10) + digit;
            }

            if (negative)
            {
                result = -result;
            }

            if (result < min || result > max)
            {
                return false;
            }

            value = (int)result;
            return true;
        }

        /// <summary>true/false, yes/no, on/off, 1/0 (ASCII, any case).</summary>
        public static bool TryParseBool(byte[] data, int offset, int length, out bool value)
        {
            value = false;
            if (EqualsIgnoreCase(data, offset, length, s_true) || EqualsIgnoreCase(data, offset, length, s_yes)
                || EqualsIgnoreCase(data, offset, length, s_on) || EqualsIgnoreCase(data, offset, length, s_one))
            {
                value = true;
                return true;
            }

            return EqualsIgnoreCase(data, offset, length, s_false) || EqualsIgnoreCase(data, offset, length, s_no)
                || EqualsIgnoreCase(data, offset, length, s_off) || EqualsIgnoreCase(data, offset, length, s_zero);
        }

        /// <summary>True for 1-64 bytes of ASCII letters, digits, '-' and '_'.</summary>
        public static bool IsDeviceId(byte[] data, int offset, int length)
        {
            if (length < 1 || length > DeviceConfiguration.MaxDeviceIdLength)
            {
                return false;
            }

            for (int i = offset; i < offset + length; i++)
            {
                byte b = data[i];
                bool ok = (b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'A' && b <= (byte)'Z')
                    || (b >= (byte)'0' && b <= (byte)'9') || b == (byte)'-' || b == (byte)'_';
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsTopicPrefix(byte[] data, int offset, int length)
        {
            if (length < 1 || length > 128 || data[offset] == (byte)'/' || data[offset + length - 1] == (byte)'/')
            {
                return false;
            }

            for (int i = offset; i < offset + length; i++)
            {
                byte b = data[i];
                if (b == (byte)'+' || b == (byte)'#' || b < 0x20)
                {
                    return false;
                }
            }

            return true;
        }

        private static string Text(byte[] data, int offset, int length)
        {
            return length == 0 ? "" : s_utf8.GetString(data, offset, length);
        }

        private static bool StartsWith(byte[] data, int offset, int length, byte[] ascii)
        {
            return length >= ascii.Length && EqualsIgnoreCase(data, offset, ascii.Length, ascii);
        }

        private static bool IsText(byte[] data, int offset, int length, byte[] ascii)
        {
            return EqualsIgnoreCase(data, offset, length, ascii);
        }

        // ascii is lower case; data may be in any case.
        private static bool EqualsIgnoreCase(byte[] data, int offset, int length, byte[] ascii)
        {
            if (length != ascii.Length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                int b = data[offset + i];
                if (b >= 'A' && b <= 'Z')
                {
                    b += 32;
                }

                if (b != ascii[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static int HexValue(byte b)
        {
            if (b >= (byte)'0' && b <= (byte)'9')
            {
                return b - '0';
            }

            if (b >= (byte)'a' && b <= (byte)'f')
            {
                return b - 'a' + 10;
            }

            if (b >= (byte)'A' && b <= (byte)'F')
            {
                return b - 'A' + 10;
            }

            return -1;
        }

        private static int SkipWhiteSpace(byte[] data, int position, int end)
        {
            while (position < end && (data[position] == (byte)' ' || data[position] == (byte)'\t' || data[position] == (byte)'\r'))
            {
                position++;
            }

            return position;
        }

        private static int Skip(byte[] data, int position, int end, ref int line)
        {
            while (position < end)
            {
                byte b = data[position];
                if (b == (byte)'\n')
                {
                    line++;
                }
                else if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\r')
                {
                    break;
                }

                position++;
            }

            return position;
        }

        private static int TrimEnd(byte[] data, int start, int end)
        {
            while (end > start && (data[end - 1] == (byte)' ' || data[end - 1] == (byte)'\t' || data[end - 1] == (byte)'\r'))
            {
                end--;
            }

            return end;
        }
    }
}
