using System;

namespace Telemetry.Firmware.Commands
{
    /// <summary>
    /// Remembers the last commands run so that a redelivery runs once: a request is a duplicate when it carries the
    /// same Correlation Data as a remembered one, or when it is flagged DUP and has a remembered packet id.
    /// </summary>
    public sealed class DuplicateFilter
    {
        private readonly int[] _packetIds;
        private readonly byte[][] _correlation;
        private readonly int[] _correlationLength;
        private int _next;
        private int _count;

        /// <summary>Remembers <paramref name="capacity"/> commands with up to <paramref name="maxCorrelation"/> bytes each.</summary>
        public DuplicateFilter(int capacity, int maxCorrelation)
        {
            _packetIds = new int[capacity];
            _correlation = new byte[capacity][];
            _correlationLength = new int[capacity];
            for (int i = 0; i < capacity; i++)
            {
                _correlation[i] = new byte[maxCorrelation];
            }
        }

        /// <summary>True when <paramref name="request"/> was already run.</summary>
        public bool IsDuplicate(CommandRequest request)
        {
            for (int i = 0; i < _count; i++)
            {
                if (request.CorrelationDataLength > 0)
                {
                    if (_correlationLength[i] == request.CorrelationDataLength && SameCorrelation(i, request))
                    {
                        return true;
                    }
                }
                else if (request.Dup && request.PacketId != 0 && _correlationLength[i] == 0 && _packetIds[i] == request.PacketId)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Remembers <paramref name="request"/> (the oldest entry makes room).</summary>
        public void Remember(CommandRequest request)
        {
            _packetIds[_next] = request.PacketId;
            int length = Math.Min(request.CorrelationDataLength, _correlation[_next].Length);
            Array.Copy(request.CorrelationData, _correlation[_next], length);
            _correlationLength[_next] = length;
            _next = (_next + 1) % _packetIds.Length;
            if (_count < _packetIds.Length)
            {
                _count++;
            }
        }

        private bool SameCorrelation(int index, CommandRequest request)
        {
            byte[] remembered = _correlation[index];
            for (int i = 0; i < request.CorrelationDataLength; i++)
            {
                if (remembered[i] != request.CorrelationData[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
