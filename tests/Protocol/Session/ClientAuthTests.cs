using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;

namespace Telemetry.Tests.Protocol.Session
{
    // MQTT 5 enhanced authentication: the AUTH exchange at CONNECT and for re-authentication, and its failures.
    [TestClass]
    public class ClientAuthTests
    {
        // Authentication Method "TEST".
        private const string Method = "15 00 04 54 45 53 54";

        private static ClientHarness Create(ScriptedAuthenticator authenticator)
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V500);
            options.Authenticator = authenticator;
            return new ClientHarness(options).Create();
        }

        [TestMethod]
        public void TheConnectCarriesTheMethodAndTheExchangeRunsUntilTheConnAck()
        {
            ScriptedAuthenticator auth = new ScriptedAuthenticator();
            ClientHarness h = Create(auth);
            h.Client.Connect();
            h.Poll();
            Assert.IsTrue(h.LastSentContains(Method), "Authentication Method in CONNECT");
            Assert.IsTrue(h.LastSentContains("16 00 02 01 02"), "initial Authentication Data");

            h.Deliver(BrokerPackets.WithProperties(0xF0, "18", Method + " 16 00 02 10 20", string.Empty));
            Assert.AreEqual(PacketType.Auth, h.Transport.SentType(-1));
            Assert.AreEqual(0x18, (int)h.Transport.GetSent(-1)[2], "AUTH Continue Authentication");
            Assert.IsTrue(h.LastSentContains(Method + " 16 00 02 11 21"), "the authenticator's answer");
            Assert.IsFalse(h.Client.IsConnected);

            h.Deliver(BrokerPackets.ConnAck5(false, 0, Method + " 16 00 01 7F"));
            Assert.IsTrue(h.Client.IsConnected);
            Assert.AreEqual(1, auth.Completions);
            Assert.AreEqual(0, auth.LastCode);
            Assert.AreEqual(1, auth.LastDataLength);
            Assert.AreEqual((byte)0x7F, auth.LastDataFirst);
        }

        [TestMethod]
        public void AFailedExchangeIsRefusedAndReported()
        {
            ScriptedAuthenticator auth = new ScriptedAuthenticator();
            ClientHarness h = Create(auth);
            h.Client.Connect();
            h.Poll();
            h.Deliver(BrokerPackets.WithProperties(0xF0, "18", Method + " 16 00 01 05", string.Empty));
            h.Deliver(BrokerPackets.ConnAck5(false, ReasonCode.BadAuthenticationMethod, "1F " + BrokerPackets.Text("no")));
            Assert.IsFalse(h.Client.IsConnected);
            Assert.AreEqual(ConnectionReason.Refused, h.Probe.LastReason);
            Assert.AreEqual(ReasonCode.BadAuthenticationMethod, h.Probe.LastCode);
            Assert.AreEqual(ReasonCode.BadAuthenticationMethod, auth.LastCode);
            Assert.AreEqual("no", h.Probe.LastReasonString);
        }

        [TestMethod]
        public void AnAuthenticatorThatGivesUpEndsTheConnection()
        {
            ScriptedAuthenticator auth = new ScriptedAuthenticator();
            auth.GiveUp = true;
            ClientHarness h = Create(auth);
            h.Client.Connect();
            h.Poll();
            h.Deliver(BrokerPackets.WithProperties(0xF0, "18", Method + " 16 00 01 05", string.Empty));
            Assert.IsFalse(h.Client.IsConnected);
            Assert.AreEqual(ConnectionReason.AuthenticationFailed, h.Probe.LastReason);
            Hex.AssertBytes("E0 01 80", h.Transport.GetSent(-1), 0, 3);
        }

        [TestMethod]
        public void ReauthenticationRunsWhileConnected()
        {
            ScriptedAuthenticator auth = new ScriptedAuthenticator();
            ClientHarness h = Create(auth);
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, Method));
            Assert.AreEqual(1, auth.Completions);
            Assert.AreEqual(0, h.Client.Reauthenticate());
            Assert.AreEqual(PacketType.Auth, h.Transport.SentType(-1));
            Assert.AreEqual(0x19, (int)h.Transport.GetSent(-1)[2], "AUTH Re-authenticate");
            Assert.AreEqual(PublishStatus.Busy, h.Client.Reauthenticate());

            h.Deliver(BrokerPackets.WithProperties(0xF0, "18", Method + " 16 00 01 30", string.Empty));
            Assert.IsTrue(h.LastSentContains("16 00 01 31"));
            h.Deliver(BrokerPackets.WithProperties(0xF0, "00", Method + " 16 00 01 44", string.Empty));
            Assert.AreEqual(2, auth.Completions);
            Assert.AreEqual(0, auth.LastCode);
            Assert.AreEqual((byte)0x44, auth.LastDataFirst);
            Assert.IsTrue(h.Client.IsConnected);
            Assert.AreEqual(0, h.Client.Reauthenticate(), "another exchange may start");
        }

        [TestMethod]
        public void AFailedReauthenticationEndsWithTheServersDisconnect()
        {
            ScriptedAuthenticator auth = new ScriptedAuthenticator();
            ClientHarness h = Create(auth);
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, Method));
            h.Client.Reauthenticate();
            h.Deliver(BrokerPackets.Disconnect(ReasonCode.NotAuthorized));
            Assert.AreEqual(ReasonCode.NotAuthorized, auth.LastCode);
            Assert.AreEqual(ConnectionReason.ServerDisconnect, h.Probe.LastReason);
            Assert.AreEqual(ReasonCode.NotAuthorized, h.Probe.LastCode);
        }

        [TestMethod]
        public void AnAuthWithAnotherMethodOrWithoutAnExchangeIsAProtocolError()
        {
            ScriptedAuthenticator auth = new ScriptedAuthenticator();
            ClientHarness h = Create(auth);
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, Method));
            h.Deliver(BrokerPackets.WithProperties(0xF0, "18", Method + " 16 00 01 30", string.Empty));
            Assert.IsFalse(h.Client.IsConnected, "no re-authentication running");
            Hex.AssertBytes("E0 01 82", h.Transport.GetSent(-1), 0, 3);

            ClientHarness g = Create(new ScriptedAuthenticator());
            g.Client.Connect();
            g.Poll();
            g.Deliver(BrokerPackets.WithProperties(0xF0, "18", "15 00 01 58", string.Empty));
            Assert.AreEqual(ConnectionReason.ProtocolError, g.Probe.LastReason);

            ClientHarness plain = new ClientHarness(MqttVersion.V500).Create();
            plain.Connect(false);
            plain.Deliver(BrokerPackets.WithProperties(0xF0, "18", Method, string.Empty));
            Assert.AreEqual(ConnectionReason.ProtocolError, plain.Probe.LastReason);
            Assert.AreEqual(PublishStatus.NotSupportedInVersion, plain.Client.Reauthenticate());
        }

        [TestMethod]
        public void EveryConnectStartsTheExchangeAgain()
        {
            ScriptedAuthenticator auth = new ScriptedAuthenticator();
            ClientHarness h = Create(auth);
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, Method));
            h.LoseConnection();
            h.Clock.Advance(8000);
            h.Poll();
            Assert.AreEqual(2, auth.Starts);
            Assert.IsTrue(h.LastSentContains(Method + " 16 00 02 01 02"));
        }
    }
}
