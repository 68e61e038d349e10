using nanoFramework.TestFramework;
using Telemetry.Firmware.Configuration;

namespace Telemetry.Tests.Firmware
{
    [TestClass]
    public class ConfigurationParserTests
    {
        private static DeviceConfiguration s_configuration;

        private static ConfigurationResult Parse(string text)
        {
            s_configuration = new DeviceConfiguration();
            return ConfigurationParser.Parse(JsonText.Bytes(text), s_configuration);
        }

        private static void AssertError(ConfigurationResult result, int line, string key)
        {
            ConfigurationError error = result.FindError(key);
            Assert.IsNotNull(error, "an error for " + key);
            Assert.AreEqual(line, error.Line, "line of " + key);
            Assert.IsTrue(error.Message.Length > 0, "says what was wrong");
            Assert.StartsWith("line " + line.ToString() + ": " + key + ": ", error.ToString());
        }

        [TestMethod]
        public void DefaultsAreSafe()
        {
            DeviceConfiguration c = new DeviceConfiguration();
            Assert.AreEqual("", c.DeviceId);
            Assert.AreEqual(30, c.TelemetryIntervalSeconds);
            Assert.AreEqual(300, c.LowBatteryIntervalSeconds);
            Assert.AreEqual(5, c.MqttVersion);
            Assert.AreEqual("telemetry", c.TopicPrefix);
            Assert.IsTrue(c.DiscoveryEnabled);
            Assert.AreEqual("homeassistant", c.DiscoveryPrefix);
            Assert.AreEqual(1, c.TelemetryQos);
            Assert.IsFalse(c.TelemetryRetain);
        }

        [TestMethod]
        public void EveryKeyIsRead()
        {
            ConfigurationResult result = Parse(
                "# example\r\n"
                + "device_id = van-7\r\n"
                + "broker=mqtts://broker.example.net:8884\r\n"
                + "mqtt_version=3.1.1\r\n"
                + "username=fleet\r\n"
                + "password=\"s3cret = yes\"\r\n"
                + "keep_alive=45\r\n"
                + "topic_prefix=acme/fleet\r\n"
                + "telemetry_interval=10\r\n"
                + "low_battery_interval=600\r\n"
                + "telemetry_qos=0\r\n"
                + "telemetry_retain=yes\r\n"
                + "status_qos=2\r\n"
                + "command_qos=0\r\n"
                + "reply_qos=2\r\n"
                + "gps_max_age=20\r\n"
                + "discovery=off\r\n"
                + "discovery_prefix=ha\r\n"
                + "wifi_ssid=Workshop\r\n"
                + "wifi_password=longenough\r\n");
            Assert.IsTrue(result.IsValid, result.IsValid ? "" : result.GetError(0).ToString());
            Assert.AreEqual(ConfigurationKeys.Count, result.ValuesRead);
            DeviceConfiguration c = s_configuration;
            Assert.AreEqual("van-7", c.DeviceId);
            Assert.AreEqual("broker.example.net", c.BrokerHost);
            Assert.AreEqual(8884, c.BrokerPort);
            Assert.IsTrue(c.BrokerUseTls);
            Assert.AreEqual(4, c.MqttVersion);
            Assert.AreEqual("fleet", c.UserName);
            Assert.AreEqual("s3cret = yes", c.Password);
            Assert.AreEqual(45, c.KeepAliveSeconds);
            Assert.AreEqual("acme/fleet", c.TopicPrefix);
            Assert.AreEqual(10, c.TelemetryIntervalSeconds);
            Assert.AreEqual(600, c.LowBatteryIntervalSeconds);
            Assert.AreEqual(0, c.TelemetryQos);
            Assert.IsTrue(c.TelemetryRetain);
            Assert.AreEqual(2, c.StatusQos);
            Assert.AreEqual(0, c.CommandQos);
            Assert.AreEqual(2, c.ReplyQos);
            Assert.AreEqual(20, c.GpsMaxAgeSeconds);
            Assert.IsFalse(c.DiscoveryEnabled);
            Assert.AreEqual("ha", c.DiscoveryPrefix);
            Assert.AreEqual("Workshop", c.WifiSsid);
            Assert.AreEqual("longenough", c.WifiPassword);
        }

        [TestMethod]
        [DataRow("mqtt://10.0.0.5", "10.0.0.5", 1883, false)]
        [DataRow("mqtts://secure.example", "secure.example", 8883, true)]
        [DataRow("mqtt://localhost:1884/", "localhost", 1884, false)]
        [DataRow("MQTT://Host:65535", "Host", 65535, false)]
        public void BrokerUrisAreParsed(string uri, string host, int port, bool tls)
        {
            ConfigurationResult result = Parse("broker=" + uri);
            Assert.IsTrue(result.IsValid);
            Assert.AreEqual(host, s_configuration.BrokerHost);
            Assert.AreEqual(port, s_configuration.BrokerPort);
            Assert.AreEqual(tls, s_configuration.BrokerUseTls);
            Assert.AreEqual(uri, s_configuration.BrokerUri);
        }

        [TestMethod]
        [DataRow("http://host")]
        [DataRow("mqtt://")]
        [DataRow("mqtt://host:0")]
        [DataRow("mqtt://host:70000")]
        [DataRow("mqtt://host:12ab")]
        [DataRow("mqtt://user@host")]
        [DataRow("host:1883")]
        public void BadBrokerUrisKeepTheDefault(string uri)
        {
            ConfigurationResult result = Parse("telemetry_interval=5\nbroker=" + uri + "\n");
            AssertError(result, 2, "broker");
            Assert.AreEqual(1, result.ErrorCount);
            Assert.AreEqual("192.168.1.10", s_configuration.BrokerHost);
            Assert.AreEqual(1883, s_configuration.BrokerPort);
            Assert.AreEqual(5, s_configuration.TelemetryIntervalSeconds, "the other lines still count");
        }

        [TestMethod]
        public void BadValuesAreReportedWithKeyAndLineAndKeepDefaults()
        {
            ConfigurationResult result = Parse(
                "telemetry_interval=0\n"
                + "telemetry_qos=3\n"
                + "\n"
                + "mqtt_version=6\n"
                + "device_id=bad id!\n"
                + "discovery=maybe\n"
                + "topic_prefix=/leading\n"
                + "keep_alive=-1\n"
                + "colour=blue\n"
                + "this line has no equals sign\n"
                + "wifi_password=short\n"
                + "gps_max_age=99999999999\n"
                + "low_battery_interval=12s\n");
            AssertError(result, 1, "telemetry_interval");
            AssertError(result, 2, "telemetry_qos");
            AssertError(result, 4, "mqtt_version");
            AssertError(result, 5, "device_id");
            AssertError(result, 6, "discovery");
            AssertError(result, 7, "topic_prefix");
            AssertError(result, 8, "keep_alive");
            AssertError(result, 9, "colour");
            AssertError(result, 10, "");
            AssertError(result, 11, "wifi_password");
            AssertError(result, 12, "gps_max_age");
            AssertError(result, 13, "low_battery_interval");
            Assert.AreEqual(12, result.ErrorCount);
            DeviceConfiguration c = s_configuration;
            Assert.AreEqual(30, c.TelemetryIntervalSeconds);
            Assert.AreEqual(1, c.TelemetryQos);
            Assert.AreEqual(5, c.MqttVersion);
            Assert.AreEqual("", c.DeviceId);
            Assert.IsTrue(c.DiscoveryEnabled);
            Assert.AreEqual("telemetry", c.TopicPrefix);
            Assert.AreEqual(60, c.KeepAliveSeconds);
            Assert.AreEqual(10, c.GpsMaxAgeSeconds);
        }

        [TestMethod]
        public void TopicPrefixRefusesWildcards()
        {
            AssertError(Parse("topic_prefix=a/+/b"), 1, "topic_prefix");
            AssertError(Parse("topic_prefix=a/#"), 1, "topic_prefix");
            AssertError(Parse("topic_prefix=a/"), 1, "topic_prefix");
            AssertError(Parse("topic_prefix="), 1, "topic_prefix");
        }

        [TestMethod]
        public void CommentsBlankLinesBomAndSpacesAreAccepted()
        {
            byte[] text = JsonText.Bytes("\uFEFF  ; comment\n\t# another\n\n   telemetry_interval \t=\t 15   \r\n");
            DeviceConfiguration c = new DeviceConfiguration();
            ConfigurationResult result = ConfigurationParser.Parse(text, c);
            Assert.IsTrue(result.IsValid);
            Assert.AreEqual(1, result.ValuesRead);
            Assert.AreEqual(15, c.TelemetryIntervalSeconds);
        }

        [TestMethod]
        public void JsonFilesAreAccepted()
        {
            ConfigurationResult result = Parse(
                "{\n"
                + "  \"device_id\": \"truck-12\",\n"
                + "  \"broker\": \"mqtt://10.1.2.3:1884\",\n"
                + "  \"telemetry_interval\": 20,\n"
                + "  \"discovery\": false,\n"
                + "  \"password\": \"p\\\"w\\u00e9\"\n"
                + "}\n");
            Assert.IsTrue(result.IsValid, result.IsValid ? "" : result.GetError(0).ToString());
            Assert.AreEqual("truck-12", s_configuration.DeviceId);
            Assert.AreEqual("10.1.2.3", s_configuration.BrokerHost);
            Assert.AreEqual(1884, s_configuration.BrokerPort);
            Assert.AreEqual(20, s_configuration.TelemetryIntervalSeconds);
            Assert.IsFalse(s_configuration.DiscoveryEnabled);
            Assert.AreEqual("p\"w\u00e9", s_configuration.Password);
        }

        [TestMethod]
        public void JsonErrorsNameKeyAndLine()
        {
            ConfigurationResult result = Parse("{\n  \"telemetry_interval\": 0,\n  \"mqtt_version\": \"5\",\n  \"telemetry_qos\": 9\n}");
            AssertError(result, 2, "telemetry_interval");
            AssertError(result, 4, "telemetry_qos");
            Assert.AreEqual(2, result.ErrorCount);
            Assert.AreEqual(5, s_configuration.MqttVersion);

            AssertError(Parse("{\n\"device_id\": \"a\",\n\"broker\": [1]\n}"), 3, "broker");
            AssertError(Parse("{\n\"device_id\": \"abc\"\n"), 3, "");
            AssertError(Parse("{\n\"device_id\" \"abc\"}"), 2, "device_id");
        }

        [TestMethod]
        public void MissingDataIsAnError()
        {
            ConfigurationResult result = ConfigurationParser.Parse(null, new DeviceConfiguration());
            Assert.AreEqual(1, result.ErrorCount);
            Assert.AreEqual(0, result.GetError(0).Line);
        }

        [TestMethod]
        public void DeviceIdDefaultsToTheMacAddress()
        {
            DeviceConfiguration c = new DeviceConfiguration();
            c.TelemetryIntervalSeconds = 600;
            c.ApplyDefaults(new byte[] { 0x24, 0x0A, 0xC4, 0x12, 0xAB, 0xCD });
            Assert.AreEqual("esp32-12abcd", c.DeviceId);
            Assert.AreEqual(600, c.LowBatteryIntervalSeconds, "never faster on a low battery");

            DeviceConfiguration named = new DeviceConfiguration();
            named.DeviceId = "mine";
            named.ApplyDefaults(new byte[] { 1, 2, 3, 4, 5, 6 });
            Assert.AreEqual("mine", named.DeviceId);
            Assert.AreEqual("esp32-000000", DeviceConfiguration.DeviceIdFromMac(null));
        }
    }
}
