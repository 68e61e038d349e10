using System.Diagnostics;
using Telemetry.Drivers;

namespace Telemetry.Simulator;

/// <summary>Simulated time: <see cref="Speed"/> simulated milliseconds per real one, from a start time.</summary>
public sealed class SimulationClock : IClock
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    public SimulationClock(double speed)
    {
        Speed = speed;
        StartUtc = DateTime.UtcNow;
    }

    public double Speed { get; }

    /// <summary>UTC time at simulated millisecond 0.</summary>
    public DateTime StartUtc { get; }

    public long Milliseconds => (long)(_watch.Elapsed.TotalMilliseconds * Speed);

    /// <summary>Simulated UTC time now.</summary>
    public DateTime UtcNow => StartUtc.AddMilliseconds(Milliseconds);
}
