namespace Telemetry.Drivers
{
    /// <summary>
    /// Monotonic millisecond clock. Injected into the drivers so fix age, smoothing and retries are testable.
    /// </summary>
    public interface IClock
    {
        /// <summary>Milliseconds since an arbitrary origin (start-up); never goes backwards.</summary>
        long Milliseconds { get; }
    }
}
