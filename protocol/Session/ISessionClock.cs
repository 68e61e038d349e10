namespace Telemetry.Mqtt.Session
{
    /// <summary>Monotonic millisecond clock for keep-alive, reconnect backoff and timeouts (a manual one in tests).</summary>
    public interface ISessionClock
    {
        /// <summary>Milliseconds since an arbitrary origin; never goes backwards.</summary>
        long Milliseconds { get; }
    }
}
