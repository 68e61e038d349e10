using System;
using Telemetry.Firmware.Configuration;
using Telemetry.Firmware.Json;
using Telemetry.Firmware.Telemetry;

namespace Telemetry.Firmware.Discovery
{
    /// <summary>
    /// Builds the Home Assistant MQTT discovery messages of the device at start-up: one <c>sensor</c> per measured
    /// quantity (value from the telemetry JSON through a <c>value_template</c>) and a <c>device_tracker</c> whose JSON
    /// attributes (latitude, longitude, gps_accuracy) come from the location topic. All share the device block and
    /// take their availability from the status topic.
    /// </summary>
    public static class HomeAssistantDiscovery
    {
        /// <summary>Manufacturer shown in Home Assistant.</summary>
        public const string Manufacturer = "Telemetry firmware";

        /// <summary>Model shown in Home Assistant.</summary>
        public const string Model = "ESP32 GPS/climate telemetry node";

        /// <summary>Software version shown in Home Assistant.</summary>
        public const string SoftwareVersion = "1.0.0";

        private const int BufferSize = 1536;

        // object id, name, telemetry field, device class (null: none), unit (null: none), icon (null: none)
        private static readonly string[] s_sensors = new string[]
        {
            "temperature", "Temperature", TelemetryFields.Temperature, "temperature", "°C", null,
            "humidity", "Humidity", TelemetryFields.Humidity, "humidity", "%", null,
            "pressure", "Pressure", TelemetryFields.Pressure, "atmospheric_pressure", "hPa", null,
            "battery_voltage", "Battery voltage", TelemetryFields.BatteryVoltage, "voltage", "V", null,
            "battery", "Battery", TelemetryFields.BatteryPercent, "battery", "%", null,
            "satellites", "Satellites", TelemetryFields.Satellites, null, null, "mdi:satellite-variant",
            "speed", "Speed", TelemetryFields.Speed, "speed", "km/h", null,
        };

        /// <summary>Number of sensors announced.</summary>
        public static int SensorCount
        {
            get { return s_sensors.Length / 6; }
        }

        /// <summary>The discovery messages: the sensors, then the device tracker.</summary>
        public static DiscoveryMessage[] Build(DeviceConfiguration configuration, DeviceTopics topics, byte[] macAddress)
        {
            int sensors = SensorCount;
            DiscoveryMessage[] messages = new DiscoveryMessage[sensors + 1];
            JsonWriter writer = new JsonWriter(new byte[BufferSize]);
            string macText = FormatMac(macAddress);
            for (int i = 0; i < sensors; i++)
            {
                int row = i * 6;
                string objectId = s_sensors[row];
                writer.Reset();
                writer.BeginObject();
                writer.StringProperty("name", s_sensors[row + 1]);
                writer.StringProperty("unique_id", configuration.DeviceId + "_" + objectId);
                writer.StringProperty("default_entity_id", "sensor." + configuration.DeviceId + "_" + objectId);
                writer.StringProperty("state_topic", topics.Telemetry);
                writer.StringProperty("value_template", "{{ value_json." + s_sensors[row + 2] + " | default('') }}");
                writer.StringProperty("device_class", s_sensors[row + 3]);
                writer.StringProperty("unit_of_measurement", s_sensors[row + 4]);
                writer.StringProperty("state_class", "measurement");
                writer.StringProperty("icon", s_sensors[row + 5]);
                WriteCommon(writer, configuration, topics, macText);
                writer.EndObject();
                messages[i] = Finish(writer, configuration, "sensor", objectId);
            }

            writer.Reset();
            writer.BeginObject();
            writer.StringProperty("name", "Location");
            writer.StringProperty("unique_id", configuration.DeviceId + "_location");
            writer.StringProperty("default_entity_id", "device_tracker." + configuration.DeviceId + "_location");
            writer.StringProperty("json_attributes_topic", topics.Location);
            writer.StringProperty("source_type", "gps");
            writer.StringProperty("icon", "mdi:map-marker");
            WriteCommon(writer, configuration, topics, macText);
            writer.EndObject();
            messages[sensors] = Finish(writer, configuration, "device_tracker", "location");
            return messages;
        }

        /// <summary><c>aa:bb:cc:dd:ee:ff</c>, or null without a MAC address.</summary>
        public static string FormatMac(byte[] macAddress)
        {
            if (macAddress == null || macAddress.Length == 0)
            {
                return null;
            }

            char[] text = new char[(macAddress.Length * 3) - 1];
            for (int i = 0; i < macAddress.Length; i++)
            {
                if (i > 0)
                {
                    text[(i * 3) - 1] = ':';
                }

                text[i * 3] = Hex(macAddress[i] >> 4);
                text[(i * 3) + 1] = Hex(macAddress[i] & 0x0F);
            }

            return new string(text);
        }

        private static void WriteCommon(JsonWriter writer, DeviceConfiguration configuration, DeviceTopics topics, string macText)
        {
            writer.StringProperty("availability_topic", topics.Status);
            writer.StringProperty("payload_available", DeviceTopics.Online);
            writer.StringProperty("payload_not_available", DeviceTopics.Offline);
            writer.IntegerProperty("qos", configuration.TelemetryQos);
            writer.WriteName("device");
            writer.BeginObject();
            writer.WriteName("identifiers");
            writer.BeginArray();
            writer.WriteString(configuration.DeviceId);
            writer.EndArray();
            if (macText != null)
            {
                writer.WriteName("connections");
                writer.BeginArray();
                writer.BeginArray();
                writer.WriteString("mac");
                writer.WriteString(macText);
                writer.EndArray();
                writer.EndArray();
            }

            writer.StringProperty("name", configuration.DeviceId);
            writer.StringProperty("manufacturer", Manufacturer);
            writer.StringProperty("model", Model);
            writer.StringProperty("sw_version", SoftwareVersion);
            writer.EndObject();
        }

        private static DiscoveryMessage Finish(JsonWriter writer, DeviceConfiguration configuration, string component, string objectId)
        {
            if (writer.Overflow)
            {
                throw new InvalidOperationException("discovery payload larger than its buffer");
            }

            byte[] payload = new byte[writer.Length];
            Array.Copy(writer.Buffer, writer.Offset, payload, 0, writer.Length);
            string topic = configuration.DiscoveryPrefix + "/" + component + "/" + configuration.DeviceId + "/" + objectId + "/config";
            return new DiscoveryMessage(component, objectId, topic, payload);
        }

        private static char Hex(int value)
        {
            return (char)(value < 10 ? '0' + value : 'a' + value - 10);
        }
    }
}
