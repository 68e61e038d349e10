using nanoFramework.TestFramework;

namespace Telemetry.Tests.Firmware
{
    [TestClass]
    public class CommandTests
    {
        private static void AssertError(string reply, string name, string error)
        {
            Assert.IsNotNull(reply, "a reply");
            Assert.StartsWith("{\"cmd\":\"" + name + "\",\"ok\":false,\"error\":\"", reply);
            Assert.Contains(error, reply);
        }

        [TestMethod]
        public void PingAnswersWithUptimeAndFreeMemory()
        {
            AppFixture f = new AppFixture(5);
            f.Clock.Advance(12000);
            Assert.AreEqual("{\"cmd\":\"ping\",\"ok\":true,\"uptime_s\":12,\"free_bytes\":81920}", f.Run("ping", ""));
            Assert.AreEqual(1L, f.App.Counters.CommandsRun);
        }

        [TestMethod]
        public void IntervalChangesThePeriodAndReschedules()
        {
            AppFixture f = new AppFixture(5);
            Assert.AreEqual("{\"cmd\":\"interval\",\"ok\":true,\"interval_s\":60}", f.Run("interval", "60"));
            Assert.AreEqual(60, f.Configuration.TelemetryIntervalSeconds);
            Assert.AreEqual("{\"cmd\":\"interval\",\"ok\":true,\"interval_s\":5}", f.Run("interval", "{\"seconds\": 5}"));
            Assert.AreEqual(5, f.App.CurrentIntervalSeconds);
            int before = f.Session.CountOn("t/dev1/telemetry");
            f.Clock.Advance(5000);
            f.App.Step();
            Assert.AreEqual(before + 1, f.Session.CountOn("t/dev1/telemetry"), "the new period applies at once");
        }

        [TestMethod]
        [DataRow("", "missing argument")]
        [DataRow("{}", "missing argument")]
        [DataRow("{\"other\":3}", "missing argument")]
        [DataRow("0", "from 1 to 86400")]
        [DataRow("86401", "from 1 to 86400")]
        [DataRow("-5", "from 1 to 86400")]
        [DataRow("ten", "from 1 to 86400")]
        [DataRow("1.5", "from 1 to 86400")]
        [DataRow("{\"seconds\":\"x\"}", "from 1 to 86400")]
        [DataRow("{\"seconds\":", "malformed payload")]
        [DataRow("{\"seconds\" 5}", "malformed payload")]
        [DataRow("{\"seconds\":[5]}", "malformed payload")]
        [DataRow("5 6", "malformed payload")]
        public void IntervalRefusesBadArguments(string payload, string error)
        {
            AppFixture f = new AppFixture(5);
            AssertError(f.Run("interval", payload), "interval", error);
            Assert.AreEqual(30, f.Configuration.TelemetryIntervalSeconds, "unchanged");
            Assert.AreEqual(1L, f.App.Counters.CommandErrors);
        }

        [TestMethod]
        public void PublishSendsTelemetryNow()
        {
            AppFixture f = new AppFixture(5);
            long sequence = f.App.Sequence;
            Assert.AreEqual("{\"cmd\":\"publish\",\"ok\":true,\"seq\":" + (sequence + 1).ToString() + "}", f.Run("publish", ""));
            Assert.AreEqual(sequence + 1, f.App.Sequence);
            PublishedMessage telemetry = f.Session.LastOn("t/dev1/telemetry");
            Assert.IsNotNull(telemetry);
            Assert.StartsWith("{\"seq\":" + (sequence + 1).ToString() + ",", telemetry.Payload);
        }

        [TestMethod]
        public void GetReadsSettings()
        {
            AppFixture f = new AppFixture(5);
            Assert.AreEqual("{\"cmd\":\"get\",\"ok\":true,\"key\":\"telemetry_interval\",\"value\":30}", f.Run("get", "telemetry_interval"));
            Assert.AreEqual("{\"cmd\":\"get\",\"ok\":true,\"key\":\"device_id\",\"value\":\"dev1\"}", f.Run("get", "{\"key\":\"device_id\"}"));
            Assert.AreEqual("{\"cmd\":\"get\",\"ok\":true,\"key\":\"discovery\",\"value\":true}", f.Run("get", "\"discovery\""));
            Assert.AreEqual("{\"cmd\":\"get\",\"ok\":true,\"key\":\"mqtt_version\",\"value\":\"5\"}", f.Run("get", "mqtt_version"));
        }

        [TestMethod]
        public void GetNeverShowsSecrets()
        {
            AppFixture f = new AppFixture(5);
            string reply = f.Run("get", "password");
            AssertError(reply, "get", "secret");
            Assert.DoesNotContains("hunter22", reply);
            reply = f.Run("get", "wifi_password");
            AssertError(reply, "get", "secret");
            Assert.DoesNotContains("wifisecret", reply);
        }

        [TestMethod]
        [DataRow("", "missing argument")]
        [DataRow("colour", "unknown setting")]
        [DataRow("{\"key\":1", "malformed payload")]
        public void GetRefusesBadArguments(string payload, string error)
        {
            AppFixture f = new AppFixture(5);
            AssertError(f.Run("get", payload), "get", error);
        }

        [TestMethod]
        public void RebootRepliesThenRebootsAfterTheDelay()
        {
            AppFixture f = new AppFixture(5);
            f.Session.Connect();
            f.App.Step();
            Assert.AreEqual("{\"cmd\":\"reboot\",\"ok\":true}", f.Run("reboot", ""));
            Assert.AreEqual(0, f.System.Reboots, "not before the reply has left");
            f.Clock.Advance(600);
            f.App.Step();
            Assert.AreEqual(1, f.System.Reboots);
            Assert.AreEqual("offline", f.Session.LastOn("t/dev1/status").Payload, "status set before going");
            Assert.IsTrue(f.Session.Stopped);
        }

        [TestMethod]
        public void SleepRepliesThenSleeps()
        {
            AppFixture f = new AppFixture(5);
            Assert.AreEqual("{\"cmd\":\"sleep\",\"ok\":true,\"sleep_s\":120}", f.Run("sleep", "{\"seconds\":120}"));
            Assert.AreEqual(0, f.System.SleptSeconds);
            f.Clock.Advance(600);
            f.App.Step();
            Assert.AreEqual(120, f.System.SleptSeconds);
        }

        [TestMethod]
        [DataRow("", "missing argument")]
        [DataRow("0", "from 1 to 604800")]
        [DataRow("604801", "from 1 to 604800")]
        [DataRow("soon", "from 1 to 604800")]
        public void SleepRefusesBadArguments(string payload, string error)
        {
            AppFixture f = new AppFixture(5);
            AssertError(f.Run("sleep", payload), "sleep", error);
            f.Clock.Advance(1000);
            f.App.Step();
            Assert.AreEqual(0, f.System.SleptSeconds);
        }

        [TestMethod]
        public void UnknownCommandsGetAnErrorReply()
        {
            AppFixture f = new AppFixture(5);
            AssertError(f.Run("selfdestruct", "now"), "selfdestruct", "unknown command");
            AssertError(f.Run("a\"b", ""), "a\\\"b", "unknown command");
            f.Session.Deliver("t/dev1/cmd/averyveryveryveryverylongcommandname", "", false, 0, "r", null, false);
            f.App.Step();
            AssertError(f.Session.LastOn("r").Payload, "", "unknown command");
            Assert.AreEqual(3L, f.App.Counters.CommandErrors);
        }

        [TestMethod]
        public void TooLongPayloadsAreRefused()
        {
            AppFixture f = new AppFixture(5);
            string payload = "{\"seconds\":5,\"pad\":\"";
            for (int i = 0; i < 30; i++)
            {
                payload += "0123456789";
            }

            AssertError(f.Run("interval", payload + "\"}"), "interval", "payload too long");
        }

        [TestMethod]
        public void OtherTopicsAndRetainedCommandsAreIgnored()
        {
            AppFixture f = new AppFixture(5);
            f.Session.Deliver("t/dev1/cmd/ping/extra", "", false, 0, null, null, false);
            f.Session.Deliver("t/dev2/cmd/ping", "", false, 0, null, null, false);
            f.Session.Deliver("t/dev1/cmd/reboot", "", false, 0, null, null, true);
            f.App.Step();
            f.Clock.Advance(1000);
            f.App.Step();
            Assert.AreEqual(0L, f.App.Counters.CommandsRun);
            Assert.AreEqual(1L, f.App.Counters.CommandsIgnored);
            Assert.AreEqual(0, f.System.Reboots);
        }

        [TestMethod]
        public void Mqtt5RepliesGoToTheResponseTopicWithTheCorrelationData()
        {
            AppFixture f = new AppFixture(5);
            f.Session.Deliver("t/dev1/cmd/ping", "", false, 7, "app/replies/42", "req-1", false);
            f.App.Step();
            PublishedMessage reply = f.Session.LastOn("app/replies/42");
            Assert.IsNotNull(reply);
            Assert.AreEqual("req-1", reply.Correlation);
            Assert.StartsWith("{\"cmd\":\"ping\",\"ok\":true", reply.Payload);
            Assert.AreEqual(0, f.Session.CountOn("t/dev1/cmd/ping/reply"));
        }

        [TestMethod]
        public void Mqtt311RepliesOnTheReplyTopic()
        {
            AppFixture f = new AppFixture(4);
            f.Session.Deliver("t/dev1/cmd/ping", "", false, 7, "app/replies/42", "req-1", false);
            f.App.Step();
            PublishedMessage reply = f.Session.LastOn("t/dev1/cmd/ping/reply");
            Assert.IsNotNull(reply);
            Assert.IsNull(reply.Correlation);
            Assert.AreEqual(0, f.Session.CountOn("app/replies/42"));
        }

        [TestMethod]
        public void ADuplicateWithTheSameCorrelationDataRunsOnce()
        {
            AppFixture f = new AppFixture(5);
            f.Session.Deliver("t/dev1/cmd/publish", "", false, 3, "r", "abc", false);
            f.App.Step();
            long sequence = f.App.Sequence;
            f.Session.Deliver("t/dev1/cmd/publish", "", true, 3, "r", "abc", false);
            f.App.Step();
            Assert.AreEqual(sequence, f.App.Sequence, "not published again");
            Assert.AreEqual(1L, f.App.Counters.CommandsRun);
            Assert.AreEqual(1L, f.App.Counters.CommandDuplicates);
            Assert.AreEqual("{\"cmd\":\"publish\",\"ok\":true,\"duplicate\":true}", f.Session.LastOn("r").Payload);

            f.Session.Deliver("t/dev1/cmd/publish", "", false, 4, "r", "abd", false);
            f.App.Step();
            Assert.AreEqual(sequence + 1, f.App.Sequence, "other correlation data runs");
        }

        [TestMethod]
        public void ADupRedeliveryWithTheSamePacketIdRunsOnce()
        {
            AppFixture f = new AppFixture(4);
            f.Session.Deliver("t/dev1/cmd/publish", "", false, 9, null, null, false);
            f.App.Step();
            long sequence = f.App.Sequence;
            f.Session.Deliver("t/dev1/cmd/publish", "", true, 9, null, null, false);
            f.App.Step();
            Assert.AreEqual(sequence, f.App.Sequence, "DUP with a remembered packet id");
            f.Session.Deliver("t/dev1/cmd/publish", "", false, 9, null, null, false);
            f.App.Step();
            Assert.AreEqual(sequence + 1, f.App.Sequence, "a packet id is reused once acknowledged: without DUP it is new");
        }

        [TestMethod]
        public void CommandsBeyondTheInboxAreDroppedAndCounted()
        {
            AppFixture f = new AppFixture(5);
            for (int i = 0; i < 6; i++)
            {
                f.Session.Deliver("t/dev1/cmd/ping", "", false, 0, null, null, false);
            }

            f.App.Step();
            Assert.AreEqual(4L, f.App.Counters.CommandsRun);
            Assert.AreEqual(2L, f.App.CommandsDropped);
        }
    }
}
