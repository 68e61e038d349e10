using Telemetry.Drivers.Gps;

namespace Telemetry.HostTests.Drivers;

/// <summary>Serves the same byte stream over and over in chunks of a fixed size, without allocating.</summary>
public sealed class CyclingNmeaSource(byte[] stream, int chunk, int chunksPerRead) : INmeaByteSource
{
    private int _position;
    private int _servedThisRead;

    /// <summary>Lets the next <see cref="Read"/> serve <c>chunksPerRead</c> chunks again.</summary>
    public void NextEpoch() => _servedThisRead = 0;

    public int Read(byte[] buffer, int offset, int count)
    {
        if (_servedThisRead == chunksPerRead)
        {
            return 0;
        }

        _servedThisRead++;
        int n = Math.Min(Math.Min(count, chunk), stream.Length - _position);
        Array.Copy(stream, _position, buffer, offset, n);
        _position = (_position + n) % stream.Length;
        return n;
    }
}
