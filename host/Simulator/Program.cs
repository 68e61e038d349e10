using Telemetry.Simulator;

var options = SimulatorOptions.Parse(args, out string? error);
if (options is null)
{
    if (!string.IsNullOrEmpty(error))
    {
        Console.Error.WriteLine(error);
    }

    Console.Error.WriteLine(SimulatorOptions.Usage);
    return string.IsNullOrEmpty(error) ? 0 : 2;
}

try
{
    if (options.Devices == 1)
    {
        var demo = await Simulation.RunDemoAsync(options, Console.Out);
        return demo.Success ? 0 : 1;
    }

    var fleet = await Simulation.RunFleetAsync(options, Console.Out);
    return fleet.Success ? 0 : 1;
}
catch (Exception e) when (e is ArgumentException or IOException or System.Net.Sockets.SocketException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
