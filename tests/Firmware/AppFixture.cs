using Telemetry.Drivers;
using Telemetry.Firmware;
using Telemetry.Firmware.Configuration;

namespace Telemetry.Tests.Firmware
{
    /// <summary>An application over a fake session and system, without sensors, for the command tests.</summary>
    public sealed class AppFixture
    {
        public AppFixture(int version)
        {
            Clock = new ManualClock(5000);
            System = new FakeSystem();
            Session = new FakeMessageSession(version);
            Configuration = new DeviceConfiguration();
            Configuration.DeviceId = "dev1";
            Configuration.TopicPrefix = "t";
            Configuration.Password = "hunter22";
            Configuration.WifiPassword = "wifisecret";
            Configuration.ApplyDefaults(System.MacAddress);
            App = new TelemetryApplication(Configuration, Session, null, null, null, Clock, System);
            App.Start();
            Session.Connect();
            App.Step();
            Session.Published.Clear();
        }

        public ManualClock Clock { get; private set; }

        public FakeSystem System { get; private set; }

        public FakeMessageSession Session { get; private set; }

        public DeviceConfiguration Configuration { get; private set; }

        public TelemetryApplication App { get; private set; }

        /// <summary>Delivers a command and runs one step; returns the reply on the default reply topic (or null).</summary>
        public string Run(string name, string payload)
        {
            Session.Deliver("t/dev1/cmd/" + name, payload, false, 0, null, null, false);
            App.Step();
            PublishedMessage reply = Session.LastOn("t/dev1/cmd/" + name + "/reply");
            return reply == null ? null : reply.Payload;
        }
    }
}
