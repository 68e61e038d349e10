using System;
using nanoFramework.TestFramework;
using Telemetry.Mqtt.Transport;

namespace Telemetry.Tests.Protocol
{
    // Broker URIs: mqtt://host[:port] (1883) and mqtts://host[:port] (8883).
    [TestClass]
    public class BrokerAddressTests
    {
        [TestMethod]
        [DataRow("mqtt://broker.local", "broker.local", 1883, false)]
        [DataRow("mqtt://broker.local:1884", "broker.local", 1884, false)]
        [DataRow("mqtts://broker.local", "broker.local", 8883, true)]
        [DataRow("mqtts://10.0.0.5:18883/", "10.0.0.5", 18883, true)]
        [DataRow("mqtt://127.0.0.1:1", "127.0.0.1", 1, false)]
        [DataRow("mqtt://my-broker_01:65535", "my-broker_01", 65535, false)]
        [DataRow("MQTT://HOST", "HOST", 1883, false)]
        [DataRow("tcp://host", "host", 1883, false)]
        [DataRow("ssl://host", "host", 8883, true)]
        public void ParsesValidUris(string uri, string host, int port, bool tls)
        {
            BrokerAddress address = new BrokerAddress();
            Assert.AreEqual(BrokerAddressStatus.Ok, BrokerAddress.TryParse(uri, address));
            Assert.AreEqual(host, address.Host);
            Assert.AreEqual(port, address.Port);
            Assert.AreEqual(tls, address.UseTls);

            BrokerAddress parsed = BrokerAddress.Parse(uri);
            Assert.AreEqual(address.ToString(), parsed.ToString());
        }

        [TestMethod]
        [DataRow("", BrokerAddressStatus.Empty)]
        [DataRow("broker.local:1883", BrokerAddressStatus.MissingScheme)]
        [DataRow("http://broker.local", BrokerAddressStatus.UnknownScheme)]
        [DataRow("ws://broker.local:8080", BrokerAddressStatus.UnknownScheme)]
        [DataRow("mqtt://", BrokerAddressStatus.MissingHost)]
        [DataRow("mqtt://:1883", BrokerAddressStatus.MissingHost)]
        [DataRow("mqtt://bro ker", BrokerAddressStatus.InvalidHost)]
        [DataRow("mqtt://h\u00e9te", BrokerAddressStatus.InvalidHost)]
        [DataRow("mqtt://host:", BrokerAddressStatus.InvalidPort)]
        [DataRow("mqtt://host:0", BrokerAddressStatus.InvalidPort)]
        [DataRow("mqtt://host:65536", BrokerAddressStatus.InvalidPort)]
        [DataRow("mqtt://host:123456", BrokerAddressStatus.InvalidPort)]
        [DataRow("mqtt://host:-1", BrokerAddressStatus.InvalidPort)]
        [DataRow("mqtt://host:18 83", BrokerAddressStatus.InvalidPort)]
        [DataRow("mqtt://host:1883:1", BrokerAddressStatus.InvalidPort)]
        [DataRow("mqtt://host/telemetry", BrokerAddressStatus.PathNotSupported)]
        [DataRow("mqtt://host?x=1", BrokerAddressStatus.PathNotSupported)]
        [DataRow("mqtt://user:secret@host", BrokerAddressStatus.UserInfoNotSupported)]
        [DataRow("mqtt://[::1]:1883", BrokerAddressStatus.Ipv6NotSupported)]
        public void RefusesBadUris(string uri, int expected)
        {
            BrokerAddress address = new BrokerAddress();
            address.Host = "unchanged";
            Assert.AreEqual(expected, BrokerAddress.TryParse(uri, address));
            Assert.AreEqual("unchanged", address.Host);
        }

        [TestMethod]
        public void RefusesNull()
        {
            Assert.AreEqual(BrokerAddressStatus.Empty, BrokerAddress.TryParse(null, new BrokerAddress()));
            Assert.AreEqual(BrokerAddressStatus.Empty, BrokerAddress.TryParse("mqtt://host", null));
        }

        [TestMethod]
        public void ParseThrowsWithTheFault()
        {
            try
            {
                BrokerAddress.Parse("mqtt://host:99999");
            }
            catch (ArgumentException e)
            {
                Assert.Contains("mqtt://host:99999", e.Message);
                Assert.Contains("invalid port", e.Message);
                return;
            }

            Assert.IsTrue(false, "no ArgumentException");
        }

        [TestMethod]
        public void DescribesEveryStatus()
        {
            for (int status = BrokerAddressStatus.Ipv6NotSupported; status <= BrokerAddressStatus.Ok; status++)
            {
                Assert.AreNotEqual("unknown status", BrokerAddressStatus.Describe(status));
            }

            Assert.AreEqual("unknown status", BrokerAddressStatus.Describe(-100));
        }
    }
}
