using System.Globalization;

namespace Telemetry.Simulator;

/// <summary>Command line of the simulator.</summary>
public sealed class SimulatorOptions
{
    /// <summary>Broker URI (mqtt://host:port); null starts the embedded MQTTnet broker.</summary>
    public string? Broker { get; set; }

    /// <summary>Simulated devices, each with its own client and connection.</summary>
    public int Devices { get; set; } = 1;

    /// <summary>Simulated seconds to run (fleet mode; the demo runs until it has shown everything).</summary>
    public double DurationSeconds { get; set; } = 30;

    /// <summary>Simulated seconds per real second.</summary>
    public double Speed { get; set; } = 1;

    /// <summary>Telemetry period in simulated seconds.</summary>
    public int IntervalSeconds { get; set; } = 2;

    /// <summary>MQTT version: 4 (3.1.1) or 5.</summary>
    public int MqttVersion { get; set; } = 5;

    /// <summary>Telemetry QoS.</summary>
    public int Qos { get; set; } = 1;

    /// <summary>Configuration file (key=value or JSON) applied to every device before the command-line settings.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>Print every telemetry message (demo) rather than the summary only.</summary>
    public bool Verbose { get; set; } = true;

    /// <summary>True when --duration was given.</summary>
    public bool DurationGiven { get; private set; }

    public const string Usage =
        """
        Telemetry simulator: the firmware application with simulated GPS, battery and BME280, our MQTT client
        and TCP transport.

        dotnet run --project host/Simulator [options]
          --broker mqtt://host:port   use this broker (default: an embedded MQTTnet broker on a free loopback port)
          --devices N                 fleet of N devices, each its own client and connection (default 1: the demo)
          --duration S                simulated seconds to run (fleet default 30; demo: telemetry for S seconds)
          --speed X                   simulated seconds per real second (default 1)
          --interval S                telemetry period in simulated seconds (default 2)
          --mqtt 3.1.1|5              protocol version (default 5)
          --qos 0|1|2                 telemetry QoS (default 1)
          --config FILE               configuration file applied to every device (key=value or JSON)
          --quiet                     summary only
          --help
        """;

    /// <summary>Parses the arguments; returns null and an error for bad ones.</summary>
    public static SimulatorOptions? Parse(string[] args, out string? error)
    {
        var options = new SimulatorOptions();
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            bool takesValue = name is "--broker" or "--devices" or "--duration" or "--speed" or "--interval" or "--mqtt" or "--qos" or "--config";
            if (takesValue && value is null)
            {
                error = $"{name} needs a value";
                return null;
            }

            switch (name)
            {
                case "--broker":
                    options.Broker = value;
                    break;
                case "--devices":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int devices) || devices < 1 || devices > 10000)
                    {
                        error = "--devices must be 1-10000";
                        return null;
                    }

                    options.Devices = devices;
                    break;
                case "--duration":
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double duration) || duration <= 0)
                    {
                        error = "--duration must be a positive number of seconds";
                        return null;
                    }

                    options.DurationSeconds = duration;
                    options.DurationGiven = true;
                    break;
                case "--speed":
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double speed) || speed < 0.1 || speed > 1000)
                    {
                        error = "--speed must be 0.1-1000";
                        return null;
                    }

                    options.Speed = speed;
                    break;
                case "--interval":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int interval) || interval < 1 || interval > 86400)
                    {
                        error = "--interval must be 1-86400 seconds";
                        return null;
                    }

                    options.IntervalSeconds = interval;
                    break;
                case "--mqtt":
                    options.MqttVersion = value switch
                    {
                        "5" or "5.0" => 5,
                        "4" or "3.1.1" or "311" => 4,
                        _ => 0,
                    };
                    if (options.MqttVersion == 0)
                    {
                        error = "--mqtt must be 3.1.1 or 5";
                        return null;
                    }

                    break;
                case "--qos":
                    if (value is not ("0" or "1" or "2"))
                    {
                        error = "--qos must be 0, 1 or 2";
                        return null;
                    }

                    options.Qos = value[0] - '0';
                    break;
                case "--config":
                    options.ConfigFile = value;
                    break;
                case "--quiet":
                    options.Verbose = false;
                    continue;
                case "--help" or "-h":
                    error = "";
                    return null;
                default:
                    error = $"unknown option {name}";
                    return null;
            }

            i++;
        }

        return options;
    }
}
