using System;
using nanoFramework.TestFramework;
using Telemetry.Drivers;
using Telemetry.Drivers.Battery;
using Telemetry.Drivers.Climate;
using Telemetry.Drivers.Gps;
using Telemetry.Firmware;
using Telemetry.Firmware.Configuration;
using Telemetry.Tests.Drivers;

namespace Telemetry.Tests.Firmware
{
    [TestClass]
    public class TelemetryTests
    {
        private static ManualClock s_clock;
        private static FakeNmeaSource s_gps;
        private static FakeAdcReader s_adc;
        private static FakeClimateSource s_climate;
        private static FakeSystem s_system;
        private static FakeMessageSession s_session;
        private static DeviceConfiguration s_configuration;
        private static BatteryConfiguration s_battery;

        private static TelemetryApplication Create(bool discovery)
        {
            TelemetryApplication app = CreateOffline(discovery);
            s_session.Connect();
            return app;
        }

        private static TelemetryApplication CreateOffline(bool discovery)
        {
            s_clock = new ManualClock(1000);
            s_gps = new FakeNmeaSource();
            s_adc = new FakeAdcReader();
            s_battery = new BatteryConfiguration();
            s_adc.Raw = s_battery.RawValue(3.95);
            s_climate = new FakeClimateSource();
            s_system = new FakeSystem();
            s_session = new FakeMessageSession(5);
            s_configuration = new DeviceConfiguration();
            s_configuration.DeviceId = "dev1";
            s_configuration.TopicPrefix = "t";
            s_configuration.TelemetryQos = 0;
            s_configuration.TelemetryRetain = true;
            s_configuration.DiscoveryEnabled = discovery;
            s_configuration.ApplyDefaults(s_system.MacAddress);
            GpsReceiver gps = new GpsReceiver(s_gps, s_clock, new GpsConfiguration());
            BatteryMonitor battery = new BatteryMonitor(s_adc, s_clock, s_battery);
            ClimateSensor climate = new ClimateSensor(s_climate, s_clock, new ClimateConfiguration());
            TelemetryApplication app = new TelemetryApplication(s_configuration, s_session, gps, battery, climate, s_clock, s_system);
            app.Start();
            return app;
        }

        private static string LastTelemetry()
        {
            PublishedMessage message = s_session.LastOn("t/dev1/telemetry");
            Assert.IsNotNull(message, "telemetry published");
            return message.Payload;
        }

        [TestMethod]
        public void ConnectingPublishesBirthSubscriptionAndDiscovery()
        {
            TelemetryApplication app = CreateOffline(true);
            Assert.IsTrue(s_session.Started);
            Assert.AreEqual(1, s_session.Subscriptions.Count);
            Assert.AreEqual("t/dev1/cmd/+", (string)s_session.Subscriptions[0]);
            s_session.Connect();
            app.Step();
            PublishedMessage status = s_session.LastOn("t/dev1/status");
            Assert.AreEqual("online", status.Payload);
            Assert.IsTrue(status.Retain);
            Assert.AreEqual(1, status.Qos);
            Assert.AreEqual(8L, app.Counters.DiscoverySent, "7 sensors and the device tracker");
            PublishedMessage tracker = s_session.LastOn("homeassistant/device_tracker/dev1/location/config");
            Assert.IsNotNull(tracker);
            Assert.IsTrue(tracker.Retain);
            Assert.IsNotNull(s_session.LastOn("homeassistant/sensor/dev1/temperature/config"));

            s_session.Disconnect();
            s_session.Connect();
            app.Step();
            Assert.AreEqual(2, s_session.CountOn("t/dev1/status"), "birth again after a reconnect");
            Assert.AreEqual(16L, app.Counters.DiscoverySent);
            Assert.AreEqual(1, s_session.Subscriptions.Count, "the client restores its subscriptions itself");
        }

        [TestMethod]
        public void TheFirstTelemetryFollowsTheBirth()
        {
            TelemetryApplication app = CreateOffline(false);
            app.Step();
            Assert.AreEqual(0, s_session.Published.Count, "nothing before the first connection");
            s_session.Connect();
            app.Step();
            Assert.AreEqual("t/dev1/status", ((PublishedMessage)s_session.Published[0]).Topic);
            Assert.AreEqual("t/dev1/telemetry", ((PublishedMessage)s_session.Published[1]).Topic);
        }

        [TestMethod]
        public void WithoutAConnectionTelemetryIsQueuedAfterAPeriod()
        {
            TelemetryApplication app = CreateOffline(false);
            s_clock.Advance(29999);
            app.Step();
            Assert.AreEqual(0, s_session.CountOn("t/dev1/telemetry"));
            s_clock.Advance(1);
            app.Step();
            Assert.AreEqual(1, s_session.CountOn("t/dev1/telemetry"), "handed to the session, which queues QoS 1/2 offline");
        }

        [TestMethod]
        public void DiscoveryCanBeTurnedOff()
        {
            TelemetryApplication app = Create(false);
            app.Step();
            Assert.AreEqual(0L, app.Counters.DiscoverySent);
            Assert.AreEqual(0, app.DiscoveryMessages.Length);
        }

        [TestMethod]
        public void TelemetryCarriesEveryFreshValue()
        {
            TelemetryApplication app = CreateOffline(false);
            s_gps.Enqueue(NmeaSamples.UbloxSydney);
            s_clock.Advance(3000);
            s_session.Connect();
            app.Step();
            string json = LastTelemetry();
            Assert.StartsWith("{\"seq\":1,\"time\":\"2024-12-31T23:59:58.000Z\",\"uptime_s\":3,\"lat\":-33.858805,\"lon\":151.210591,\"alt_m\":42.3,\"speed_kmh\":0.0,\"sats\":12,\"hdop\":0.77,\"acc_m\":3.", json);
            Assert.DoesNotContains("course_deg", json, "the receiver left the course empty");
            Assert.Contains("\"fix_age_s\":0.0,\"battery_v\":3.9", json);
            Assert.Contains("\"battery_low\":false,\"temp_c\":21.50,\"humidity_pct\":40.0,\"pressure_hpa\":1000.00}", json);
            PublishedMessage message = s_session.LastOn("t/dev1/telemetry");
            Assert.AreEqual(0, message.Qos, "telemetry_qos");
            Assert.IsTrue(message.Retain, "telemetry_retain");
            Assert.AreEqual("{\"latitude\":-33.858805,\"longitude\":151.210591,\"gps_accuracy\":3.9,\"altitude\":42.3}", s_session.LastOn("t/dev1/location").Payload);
            Assert.AreEqual(1L, app.Sequence);
        }

        [TestMethod]
        public void EveryMemberIsWrittenByteExact()
        {
            TelemetryApplication app = CreateOffline(false);
            s_gps.Enqueue(NmeaSamples.HemisphereVs100);
            s_clock.Advance(2500);
            s_session.Connect();
            app.Step();
            Assert.AreEqual(
                "{\"seq\":1,\"time\":\"2020-01-14T19:59:59.000Z\",\"uptime_s\":2,\"lat\":15.688543,\"lon\":-51.508534,\"alt_m\":9.2,"
                    + "\"speed_kmh\":0.5,\"course_deg\":147.4,\"sats\":6,\"hdop\":1.50,\"acc_m\":0.4,\"fix_age_s\":0.0,\"battery_v\":3.95,"
                    + "\"battery_pct\":76,\"battery_low\":false,\"temp_c\":21.50,\"humidity_pct\":40.0,\"pressure_hpa\":1000.00}",
                LastTelemetry());
            Assert.AreEqual("{\"latitude\":15.688543,\"longitude\":-51.508534,\"gps_accuracy\":0.4,\"altitude\":9.2}", s_session.LastOn("t/dev1/location").Payload);
        }

        [TestMethod]
        public void AccuracyComesFromGstWhenTheReceiverSendsIt()
        {
            TelemetryApplication app = CreateOffline(false);
            s_gps.Enqueue(NmeaSamples.UbloxSydney + "$GNGST,235958.00,1.2,5.0,3.0,45.0,3.0,4.0,6.0*7C\r\n");
            s_clock.Advance(3000);
            s_session.Connect();
            app.Step();
            string json = LastTelemetry();
            Assert.Contains("\"hdop\":0.77,\"acc_m\":5.0,", json, "sqrt(3^2 + 4^2) m from GST, not HDOP x 5 m");
            Assert.Contains("\"gps_accuracy\":5.0,", s_session.LastOn("t/dev1/location").Payload);
        }

        [TestMethod]
        public void AccuracyFallsBackToHdopWhenTheReceiverStopsSendingGst()
        {
            TelemetryApplication app = CreateOffline(false);
            s_gps.Enqueue(NmeaSamples.UbloxSydney + "$GNGST,235958.00,1.2,5.0,3.0,45.0,3.0,4.0,6.0*7C\r\n");
            s_session.Connect();
            app.Step();
            Assert.Contains("\"acc_m\":5.0,", LastTelemetry(), "GST of the epoch");

            // Three more epochs, one a second, without GST (the u-blox GGA, GGA, RMC across midnight).
            string epochs = NmeaSamples.UbloxAcrossMidnight;
            int secondEpoch = epochs.IndexOf("$GNGGA,000000");
            s_clock.Advance(1000);
            s_gps.Enqueue(epochs.Substring(0, secondEpoch));
            app.Step();
            s_clock.Advance(1000);
            s_gps.Enqueue(epochs.Substring(secondEpoch));
            app.Step();
            app.PublishTelemetry();
            Assert.Contains("\"acc_m\":5.0,", LastTelemetry(), "GST 2 s before the position still counts");

            s_clock.Advance(1000);
            s_gps.Enqueue(NmeaSamples.UbloxNewYearRmc);
            app.PublishTelemetry();
            string json = LastTelemetry();
            Assert.Contains("\"hdop\":0.78,\"acc_m\":3.9,", json, "HDOP 0.78 x 5 m, not the 3 s old GST");
            Assert.Contains("\"gps_accuracy\":3.9,", s_session.LastOn("t/dev1/location").Payload);
        }

        [TestMethod]
        public void WithoutAFixThePositionIsLeftOutNotZero()
        {
            TelemetryApplication app = Create(false);
            s_gps.Enqueue(NmeaSamples.UbloxNoFix);
            app.Step();
            string json = LastTelemetry();
            Assert.DoesNotContains("\"lat\"", json);
            Assert.DoesNotContains("\"lon\"", json);
            Assert.DoesNotContains("\"sats\"", json);
            Assert.DoesNotContains("\"speed_kmh\"", json);
            Assert.DoesNotContains("\"time\"", json, "no GPS date and no network time");
            Assert.IsNull(s_session.LastOn("t/dev1/location"), "no location to report");
        }

        [TestMethod]
        public void AStalePositionIsLeftOut()
        {
            TelemetryApplication app = Create(false);
            s_gps.Enqueue(NmeaSamples.UbloxSydney);
            app.Step();
            Assert.Contains("\"lat\"", LastTelemetry());
            s_clock.Advance(31000);
            app.Step();
            string json = LastTelemetry();
            Assert.StartsWith("{\"seq\":2,", json);
            Assert.DoesNotContains("\"lat\"", json, "31 s old, the limit is 10 s");
            Assert.DoesNotContains("\"time\"", json, "GPS time as stale as its sentences");
        }

        [TestMethod]
        public void NetworkTimeStandsInForTheGps()
        {
            TelemetryApplication app = Create(false);
            s_system.HasTime = true;
            s_system.UtcNow = new DateTime(2026, 3, 4, 5, 6, 7, 890);
            app.Step();
            Assert.Contains("\"time\":\"2026-03-04T05:06:07.890Z\"", LastTelemetry());
        }

        [TestMethod]
        public void FailedSensorsAreLeftOut()
        {
            TelemetryApplication app = Create(false);
            s_climate.TemperatureValid = false;
            s_adc.Failing = true;
            app.Step();
            string json = LastTelemetry();
            Assert.DoesNotContains("temp_c", json);
            Assert.DoesNotContains("humidity_pct", json, "humidity needs a valid temperature");
            Assert.DoesNotContains("battery", json);
            Assert.Contains("\"uptime_s\":0}", json);
        }

        [TestMethod]
        public void ALowBatteryLowersThePublishRate()
        {
            TelemetryApplication app = Create(false);
            app.Step();
            Assert.AreEqual(30, app.CurrentIntervalSeconds);
            s_adc.Raw = s_battery.RawValue(3.30);
            s_battery.SmoothingTimeConstantMilliseconds = 1;
            s_clock.Advance(30000);
            app.Step();
            Assert.Contains("\"battery_low\":true", LastTelemetry());
            Assert.AreEqual(300, app.CurrentIntervalSeconds);
            int sent = s_session.CountOn("t/dev1/telemetry");
            s_clock.Advance(60000);
            app.Step();
            Assert.AreEqual(sent, s_session.CountOn("t/dev1/telemetry"), "nothing after 60 s");
            s_clock.Advance(240000);
            app.Step();
            Assert.AreEqual(sent + 1, s_session.CountOn("t/dev1/telemetry"), "one after 300 s");
        }

        [TestMethod]
        public void TelemetryFollowsTheInterval()
        {
            TelemetryApplication app = Create(false);
            Assert.AreEqual(30000, app.Step(), "the first one at once, the next in 30 s");
            Assert.AreEqual(1, s_session.CountOn("t/dev1/telemetry"));
            s_clock.Advance(29999);
            app.Step();
            Assert.AreEqual(1, s_session.CountOn("t/dev1/telemetry"));
            s_clock.Advance(1);
            app.Step();
            Assert.AreEqual(2, s_session.CountOn("t/dev1/telemetry"));
            Assert.StartsWith("{\"seq\":2,", LastTelemetry());
        }

        [TestMethod]
        public void RefusedPublishesAreCounted()
        {
            TelemetryApplication app = Create(false);
            s_session.PublishStatus = -1;
            app.Step();
            Assert.AreEqual(1L, app.Counters.TelemetryFailed);
            Assert.AreEqual(0L, app.Counters.TelemetrySent);
        }

        [TestMethod]
        public void StopPublishesOfflineThenDisconnects()
        {
            TelemetryApplication app = Create(false);
            app.Step();
            app.Stop();
            PublishedMessage status = s_session.LastOn("t/dev1/status");
            Assert.AreEqual("offline", status.Payload);
            Assert.IsTrue(status.Retain);
            Assert.AreEqual(0, status.Qos, "sent at once, ahead of the DISCONNECT");
            Assert.IsTrue(s_session.Stopped);
        }
    }
}
