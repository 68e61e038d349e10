using nanoFramework.TestFramework;
using Telemetry.Drivers;
using Telemetry.Drivers.Gps;

namespace Telemetry.Tests.Drivers
{
    [TestClass]
    public class GpsReceiverTests
    {
        [TestMethod]
        public void ReadDrainsTheSourceAndCopiesTheFix()
        {
            ManualClock clock = new ManualClock(10000);
            FakeNmeaSource source = new FakeNmeaSource();
            GpsConfiguration configuration = new GpsConfiguration();
            configuration.ReadChunkSize = 16;
            GpsReceiver receiver = new GpsReceiver(source, clock, configuration);
            GpsFix fix = new GpsFix();

            Assert.IsFalse(receiver.Read(fix), "nothing received yet");
            Assert.AreEqual(-1L, fix.SentenceAgeMilliseconds);

            source.Enqueue(NmeaSamples.BuenosAires);
            Assert.IsTrue(receiver.Read(fix));
            Assert.AreEqual(3L, receiver.Counters.SentencesAccepted, "all 200 bytes in 16-byte chunks");
            Approx.Equal(-(34 + (36.10352 / 60)), fix.Latitude, 1e-9, "latitude");
            Assert.AreEqual(0L, fix.FixAgeMilliseconds);
        }

        [TestMethod]
        public void FixAgeTellsAStaleFixFromAFreshOne()
        {
            ManualClock clock = new ManualClock(10000);
            FakeNmeaSource source = new FakeNmeaSource();
            GpsReceiver receiver = new GpsReceiver(source, clock, new GpsConfiguration());
            GpsFix fix = new GpsFix();

            source.Enqueue(NmeaSamples.UbloxSydney);
            receiver.Read(fix);
            clock.Advance(1500);
            receiver.Read(fix);

            Assert.IsTrue(fix.IsValid, "the receiver went silent: the last fix stays valid");
            Assert.AreEqual(1500L, fix.FixAgeMilliseconds);
            Assert.AreEqual(1500L, fix.SentenceAgeMilliseconds);
            Assert.IsTrue(fix.IsFresh(2000));
            Assert.IsFalse(fix.IsFresh(1000));

            clock.Advance(1000);
            source.Enqueue(NmeaSamples.UbloxNoFix);
            receiver.Read(fix);
            Assert.IsFalse(fix.IsValid);
            Assert.AreEqual(2500L, fix.FixAgeMilliseconds, "age of the last valid position");
            Assert.AreEqual(0L, fix.SentenceAgeMilliseconds, "the receiver talks");
        }

        [TestMethod]
        public void FloodingSourceCannotStallTheCaller()
        {
            FakeNmeaSource source = new FakeNmeaSource();
            source.Flooding = true;
            GpsConfiguration configuration = new GpsConfiguration();
            GpsReceiver receiver = new GpsReceiver(source, new ManualClock(), configuration);

            receiver.Read(new GpsFix());
            Assert.AreEqual(GpsReceiver.MaxChunksPerRead, source.Reads);
            Assert.AreEqual((long)GpsReceiver.MaxChunksPerRead * configuration.ReadChunkSize, receiver.Counters.BytesReceived);
            Assert.AreEqual(receiver.Counters.BytesReceived, receiver.Counters.DiscardedBytes);
        }

        [TestMethod]
        public void MissingChecksumPolicyComesFromTheConfiguration()
        {
            FakeNmeaSource source = new FakeNmeaSource();
            GpsConfiguration configuration = new GpsConfiguration();
            configuration.AcceptMissingChecksum = true;
            GpsReceiver receiver = new GpsReceiver(source, new ManualClock(), configuration);
            GpsFix fix = new GpsFix();

            source.Enqueue("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,\r\n");
            Assert.IsTrue(receiver.Read(fix));
        }

        [TestMethod]
        public void ReadOverwritesEveryFieldOfAReusedFix()
        {
            FakeNmeaSource source = new FakeNmeaSource();
            GpsReceiver receiver = new GpsReceiver(source, new ManualClock(), new GpsConfiguration());
            GpsReceiver silent = new GpsReceiver(new FakeNmeaSource(), new ManualClock(), new GpsConfiguration());
            GpsFix fix = new GpsFix();

            source.Enqueue(NmeaSamples.Quectel);
            Assert.IsTrue(receiver.Read(fix));
            silent.Read(fix);

            Assert.IsFalse(fix.IsValid);
            Assert.IsFalse(fix.HasPosition);
            Assert.IsFalse(fix.HasDate);
            Assert.AreEqual(-1, fix.SatellitesInUse);
            Assert.IsTrue(double.IsNaN(fix.Pdop));
            Assert.AreEqual(-1L, fix.FixAgeMilliseconds);
        }

        [TestMethod]
        public void ConstructorChecksItsArguments()
        {
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new GpsReceiver(null, new ManualClock(), new GpsConfiguration()));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new GpsReceiver(new FakeNmeaSource(), new ManualClock(), null));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new GpsReceiver(new FakeNmeaSource(), null, new GpsConfiguration()));
            GpsConfiguration bad = new GpsConfiguration();
            bad.BaudRate = 0;
            Assert.ThrowsException(typeof(System.ArgumentException), () => new GpsReceiver(new FakeNmeaSource(), new ManualClock(), bad));
        }
    }
}
