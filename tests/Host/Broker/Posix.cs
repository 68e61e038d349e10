using System.Runtime.InteropServices;

namespace Telemetry.HostTests.Broker;

/// <summary>The one libc call the broker fixture needs: sending SIGTERM (Process.Kill only sends SIGKILL).</summary>
internal static class Posix
{
    public const int SigTerm = 15;

#pragma warning disable SYSLIB1054 // a plain int call: no marshalling to generate
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static extern int Kill(int pid, int signal);
#pragma warning restore SYSLIB1054
}
