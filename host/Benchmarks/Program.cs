using BenchmarkDotNet.Running;

namespace Telemetry.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project host/Benchmarks -- --filter '*' --job short</c>.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
