using System;
using System.Threading;

namespace Telemetry.Firmware
{
    /// <summary>Device entry point. The telemetry application itself arrives with the firmware issue.</summary>
    public class Program
    {
        public static void Main()
        {
            Console.WriteLine("Telemetry firmware starting");
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
