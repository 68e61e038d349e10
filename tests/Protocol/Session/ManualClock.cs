using Telemetry.Mqtt.Session;

namespace Telemetry.Tests.Protocol.Session
{
    /// <summary>A session clock moved by the test.</summary>
    internal sealed class ManualClock : ISessionClock
    {
        public long Now = 1000;

        public long Milliseconds
        {
            get { return Now; }
        }

        public void Advance(long milliseconds)
        {
            Now += milliseconds;
        }
    }
}
