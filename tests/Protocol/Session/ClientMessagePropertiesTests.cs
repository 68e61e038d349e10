using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;

namespace Telemetry.Tests.Protocol.Session
{
    // MQTT 5 message properties both ways, message expiry in the outbox, subscription options and identifiers, and the
    // request / response helper.
    [TestClass]
    public class ClientMessagePropertiesTests
    {
        private static RequestCorrelator correlator;
        private static int matched;
        private static string contentType;
        private static string responseTopic;
        private static int correlationLength;
        private static string userValue;
        private static long expiry;
        private static long payloadFormat;

        [TestMethod]
        public void AnExpiredMessageInTheOutboxIsDroppedCountedAndReported()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            OutgoingMessage message = new OutgoingMessage();
            message.Topic = "t";
            message.Qos = 1;
            message.Properties.SetInteger(PropertyId.MessageExpiryInterval, 10);
            int kept = h.Client.Publish(message);
            message.Properties.SetInteger(PropertyId.MessageExpiryInterval, 2);
            int expired = h.Client.Publish(message);
            Assert.IsTrue(kept > 0 && expired > 0);

            h.Clock.Advance(4500);
            h.ConnectWith(BrokerPackets.ConnAck5(false, 0, string.Empty));
            Assert.AreEqual(1, h.Transport.CountSent(PacketType.Publish));
            PublishView sent = h.SentPublish(-1);
            Assert.AreEqual(kept, sent.PacketId);
            Assert.AreEqual(6L, sent.Properties.GetInteger(PropertyId.MessageExpiryInterval, 0), "10 s less 4.5 s waited, rounded up");
            Assert.AreEqual(1, h.Client.ExpiredCount);
            Assert.AreEqual(1, h.Probe.Completions);
            Assert.AreEqual(expired, h.Probe.CompletedIds[0]);
            Assert.AreEqual(PublishStatus.Expired, h.Probe.CompletedCodes[0]);
            Assert.AreEqual(1, h.Client.OutboxCount, "only the one in flight");
        }

        [TestMethod]
        public void AMessageSentAtOnceKeepsItsIntervalAndAnExpiredQos0IsDroppedToo()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V500);
            options.QueueQos0WhenOffline = true;
            ClientHarness h = new ClientHarness(options).Create();
            OutgoingMessage message = new OutgoingMessage();
            message.Topic = "t";
            message.Properties.SetInteger(PropertyId.MessageExpiryInterval, 1);
            Assert.AreEqual(0, h.Client.Publish(message));
            h.Clock.Advance(1000);
            h.Connect(false);
            Assert.AreEqual(0, h.Transport.CountSent(PacketType.Publish));
            Assert.AreEqual(1, h.Client.ExpiredCount);
            Assert.AreEqual(0, h.Probe.Completions, "QoS 0 has no completion, only the count");

            message.Properties.SetInteger(PropertyId.MessageExpiryInterval, 30);
            message.Qos = 1;
            h.Client.Publish(message);
            Assert.AreEqual(30L, h.SentPublish(-1).Properties.GetInteger(PropertyId.MessageExpiryInterval, 0));
        }

        [TestMethod]
        public void AMessageRequeuedAfterALostSessionGoesOutWithTheTimeLeft()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V500);
            options.SessionExpirySeconds = 60;
            ClientHarness h = new ClientHarness(options).Create();
            h.Connect(false);
            OutgoingMessage message = new OutgoingMessage();
            message.Topic = "t";
            message.Qos = 1;
            message.Properties.SetInteger(PropertyId.MessageExpiryInterval, 20);
            h.Client.Publish(message);
            h.LoseConnection();
            h.Clock.Advance(8000);
            h.Poll();
            h.Transport.ClearSent();
            h.Deliver(BrokerPackets.ConnAck5(false, 0, string.Empty));
            Assert.AreEqual(12L, h.SentPublish(0).Properties.GetInteger(PropertyId.MessageExpiryInterval, 0));
        }

        [TestMethod]
        public void OutgoingPropertiesGoOnTheWire()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Connect(false);
            OutgoingMessage message = new OutgoingMessage();
            message.Topic = "data";
            message.Qos = 1;
            message.SetPayload(new byte[] { 0x7B, 0x7D }, 0, 2);
            message.Properties.AddUserProperty("unit", "C");
            message.Properties.SetString(PropertyId.ContentType, "application/json");
            message.Properties.SetInteger(PropertyId.PayloadFormatIndicator, 1);
            message.Properties.SetString(PropertyId.ResponseTopic, "replies/dev1");
            message.Properties.SetBinary(PropertyId.CorrelationData, new byte[] { 9, 8, 7 }, 0, 3);
            Assert.IsTrue(h.Client.Publish(message) > 0);
            PublishView sent = h.SentPublish(-1);
            Assert.IsTrue(sent.Properties.StringEquals(PropertyId.ContentType, "application/json"));
            Assert.IsTrue(sent.Properties.StringEquals(PropertyId.ResponseTopic, "replies/dev1"));
            Assert.AreEqual(1L, sent.Properties.GetInteger(PropertyId.PayloadFormatIndicator, 0));
            Assert.AreEqual(3, sent.Properties.GetLength(PropertyId.CorrelationData));
            int user = sent.Properties.FindUserProperty("unit");
            Assert.AreEqual(0, user);
            Assert.AreEqual(1, sent.Properties.GetUserPropertyValueLength(user));
        }

        [TestMethod]
        public void IncomingPropertiesReachTheHandler()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Client.MessageReceived += CaptureProperties;
            h.Connect(false);
            h.Deliver(BrokerPackets.Publish5("cmd/a", 1, 4,
                "01 01 02 00 00 00 3C 03 " + BrokerPackets.Text("text/plain") + " 08 " + BrokerPackets.Text("resp/x")
                + " 09 00 02 AA BB 26 " + BrokerPackets.Text("k") + " " + BrokerPackets.Text("v") + " 0B 07 0B 09",
                "hi"));
            Assert.AreEqual(1, h.Probe.Messages);
            Assert.AreEqual(7, h.Probe.SubscriptionIds[0], "the first subscription identifier");
            Assert.AreEqual("text/plain", contentType);
            Assert.AreEqual("resp/x", responseTopic);
            Assert.AreEqual(2, correlationLength);
            Assert.AreEqual("v", userValue);
            Assert.AreEqual(60L, expiry);
            Assert.AreEqual(1L, payloadFormat);
        }

        [TestMethod]
        public void SubscriptionOptionsAndIdentifierAreSentAndRestored()
        {
            MqttClientOptions options = ClientHarness.DefaultOptions(MqttVersion.V500);
            options.SessionExpirySeconds = 60;
            ClientHarness h = new ClientHarness(options).Create();
            h.Connect(false);
            int id = h.Client.Subscribe("a/b", 1, true, true, SubscriptionOptions.DoNotSendRetained, 7);
            Assert.AreEqual(1, id);
            Hex.AssertBytes("82 0B 00 01 02 0B 07 00 03 61 2F 62 2D", h.Transport.GetSent(-1), 0, 13);
            h.Deliver(BrokerPackets.SubAck(MqttVersion.V500, id, 1));
            h.LoseConnection();
            h.Reconnect(false);
            byte[] again = h.Transport.GetSent(-1);
            Assert.AreEqual(PacketType.Subscribe, again[0] >> 4);
            Hex.AssertBytes("02 0B 07 00 03 61 2F 62 2D", again, 4, 9);
            Assert.AreEqual(PublishStatus.InvalidArgument, h.Client.Subscribe("x", 1, false, false, 0, 268435456));
            Assert.AreEqual(PublishStatus.InvalidQos, h.Client.Subscribe("x", 1, false, false, 3, 0));
        }

        [TestMethod]
        public void RetainHandlingIfNewIsEncoded()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Connect(false);
            h.Client.Subscribe("a", 0, false, false, SubscriptionOptions.SendRetainedIfNew, 0);
            byte[] sent = h.Transport.GetSent(-1);
            Assert.AreEqual(0x10, (int)sent[sent.Length - 1]);
        }

        [TestMethod]
        public void ARequestGetsItsReplyMatched()
        {
            ClientHarness h = new ClientHarness(MqttVersion.V500).Create();
            h.Client.MessageReceived += MatchReply;
            h.Connect(false);
            correlator = new RequestCorrelator("replies/dev1", 2);
            OutgoingMessage request = new OutgoingMessage();
            request.Topic = "service/time";
            request.Qos = 1;
            int number = correlator.Prepare(request);
            Assert.AreEqual(1, number);
            Assert.IsTrue(h.Client.Publish(request) > 0);
            PublishView sent = h.SentPublish(-1);
            Assert.IsTrue(sent.Properties.StringEquals(PropertyId.ResponseTopic, "replies/dev1"));
            Assert.AreEqual(4, sent.Properties.GetLength(PropertyId.CorrelationData));
            Assert.AreEqual(2, correlator.Prepare(request));
            Assert.AreEqual(PublishStatus.Busy, correlator.Prepare(request), "two requests wait at most");

            matched = -1;
            h.Deliver(BrokerPackets.Publish5("replies/dev1", 0, 0, "09 00 04 00 00 00 09", "?"));
            Assert.AreEqual(0, matched, "not ours");
            h.Deliver(BrokerPackets.Publish5("other/topic", 0, 0, "09 00 04 00 00 00 01", "?"));
            Assert.AreEqual(0, matched, "not on the response topic");
            h.Deliver(BrokerPackets.Publish5("replies/dev1", 0, 0, "09 00 04 00 00 00 01", "12:00"));
            Assert.AreEqual(1, matched);
            Assert.AreEqual(1, correlator.PendingCount);
            h.Deliver(BrokerPackets.Publish5("replies/dev1", 0, 0, "09 00 04 00 00 00 01", "12:00"));
            Assert.AreEqual(0, matched, "answered already");
            correlator.Cancel(2);
            Assert.AreEqual(0, correlator.PendingCount);
        }

        private static void MatchReply(MqttClient client, ReceivedMessage message)
        {
            matched = correlator.Match(message);
        }

        private static void CaptureProperties(MqttClient client, ReceivedMessage message)
        {
            ReceivedProperties p = message.Properties;
            contentType = ClientProbe.Text(p, PropertyId.ContentType);
            responseTopic = ClientProbe.Text(p, PropertyId.ResponseTopic);
            correlationLength = p.GetLength(PropertyId.CorrelationData);
            int user = p.FindUserProperty("k");
            userValue = user < 0 ? null : System.Text.Encoding.UTF8.GetString(p.Buffer, p.GetUserPropertyValueOffset(user),
                p.GetUserPropertyValueLength(user));
            expiry = p.GetInteger(PropertyId.MessageExpiryInterval, 0);
            payloadFormat = p.GetInteger(PropertyId.PayloadFormatIndicator, 0);
        }
    }
}
