using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Telemetry.Drivers;
using Telemetry.Drivers.Battery;
using Telemetry.Drivers.Climate;
using Telemetry.Drivers.Gps;
using Telemetry.Firmware;
using Telemetry.Firmware.Configuration;
using Telemetry.Firmware.Discovery;
using Telemetry.HostTests.Drivers;
using Xunit;

namespace Telemetry.HostTests.Firmware;

/// <summary>
/// Home Assistant discovery payloads parsed back as JSON and checked against Home Assistant's MQTT schema for
/// each component: only keys the platform accepts (its schema refuses extra keys), the device class with one of its
/// units, state class, unique ids, availability, device block, and value templates that name fields the telemetry
/// really carries.
/// </summary>
public sealed partial class DiscoveryPayloadTests
{
    // Keys of the MQTT sensor and device_tracker platforms (plus the shared entity and availability keys) that we use
    // or might; anything else would make Home Assistant refuse the config.
    private static readonly HashSet<string> SensorKeys =
    [
        "name", "unique_id", "default_entity_id", "state_topic", "value_template", "device_class", "unit_of_measurement",
        "state_class", "icon", "availability_topic", "payload_available", "payload_not_available", "qos", "device",
        "expire_after", "force_update", "suggested_display_precision", "json_attributes_topic", "json_attributes_template",
        "entity_category", "enabled_by_default", "availability", "availability_mode", "encoding", "platform", "origin",
    ];

    private static readonly HashSet<string> TrackerKeys =
    [
        "name", "unique_id", "default_entity_id", "state_topic", "value_template", "json_attributes_topic",
        "json_attributes_template", "source_type", "icon", "availability_topic", "payload_available",
        "payload_not_available", "qos", "device", "payload_home", "payload_not_home", "payload_reset", "availability",
        "availability_mode", "encoding", "platform", "origin",
    ];

    private static readonly HashSet<string> DeviceKeys =
    [
        "identifiers", "connections", "name", "manufacturer", "model", "model_id", "sw_version", "hw_version",
        "serial_number", "suggested_area", "via_device", "configuration_url",
    ];

    // Sensor device classes and the units Home Assistant allows for each.
    private static readonly Dictionary<string, string[]> UnitsByDeviceClass = new()
    {
        ["temperature"] = ["°C", "°F", "K"],
        ["humidity"] = ["%"],
        ["atmospheric_pressure"] = ["cbar", "bar", "hPa", "mmHg", "inHg", "kPa", "mbar", "Pa", "psi"],
        ["voltage"] = ["V", "mV", "µV", "kV", "MV"],
        ["battery"] = ["%"],
        ["speed"] = ["ft/s", "in/d", "in/h", "in/s", "km/h", "kn", "m/s", "mph", "mm/d", "mm/s"],
    };

    private static readonly string[] StateClasses = ["measurement", "measurement_angle", "total", "total_increasing"];

    private readonly DeviceConfiguration _configuration = new() { DeviceId = "van-7", TopicPrefix = "fleet" };
    private readonly byte[] _mac = [0x24, 0x0A, 0xC4, 0x12, 0xAB, 0xCD];
    private readonly DeviceTopics _topics;
    private readonly DiscoveryMessage[] _messages;

    public DiscoveryPayloadTests()
    {
        _configuration.ApplyDefaults(_mac);
        _topics = new DeviceTopics(_configuration);
        _messages = HomeAssistantDiscovery.Build(_configuration, _topics, _mac);
    }

    [Fact]
    public void OneConfigPerSensorAndTheTracker()
    {
        string[] expected = ["temperature", "humidity", "pressure", "battery_voltage", "battery", "satellites", "speed"];
        Assert.Equal(expected, _messages.Where(m => m.Component == "sensor").Select(m => m.ObjectId));
        Assert.Single(_messages, m => m.Component == "device_tracker" && m.ObjectId == "location");
        foreach (var message in _messages)
        {
            Assert.Equal($"homeassistant/{message.Component}/van-7/{message.ObjectId}/config", message.Topic);
            Assert.Matches(ObjectIdPattern(), message.ObjectId);
        }

        var uniqueIds = _messages.Select(m => Parse(m).GetProperty("unique_id").GetString()).ToList();
        Assert.Equal(uniqueIds.Count, uniqueIds.Distinct().Count());
        Assert.All(uniqueIds, id => Assert.StartsWith("van-7_", id));
    }

    [Fact]
    public void SensorsFollowTheSensorSchema()
    {
        foreach (var message in _messages.Where(m => m.Component == "sensor"))
        {
            JsonElement config = Parse(message);
            AssertOnlyKeys(config, SensorKeys, message.ObjectId);
            Assert.Equal($"van-7_{message.ObjectId}", config.GetProperty("unique_id").GetString());
            Assert.Equal($"sensor.van-7_{message.ObjectId}", config.GetProperty("default_entity_id").GetString());
            Assert.False(string.IsNullOrEmpty(config.GetProperty("name").GetString()));
            Assert.Equal("fleet/van-7/telemetry", config.GetProperty("state_topic").GetString());
            Assert.Contains(config.GetProperty("state_class").GetString(), StateClasses);
            Assert.Matches(TemplatePattern(), config.GetProperty("value_template").GetString());
            if (config.TryGetProperty("device_class", out JsonElement deviceClass))
            {
                Assert.True(UnitsByDeviceClass.TryGetValue(deviceClass.GetString()!, out string[]? units), deviceClass.GetString());
                Assert.Contains(config.GetProperty("unit_of_measurement").GetString(), units);
            }
            else
            {
                Assert.Equal("satellites", message.ObjectId);
                Assert.False(config.TryGetProperty("unit_of_measurement", out _), "a count has no unit");
            }

            AssertAvailabilityAndDevice(config);
        }
    }

    [Fact]
    public void DeviceClassesAndUnitsAreTheExpectedOnes()
    {
        var byObject = _messages.Where(m => m.Component == "sensor").ToDictionary(m => m.ObjectId, Parse);
        Assert.Equal(("temperature", "°C"), ClassAndUnit(byObject["temperature"]));
        Assert.Equal(("humidity", "%"), ClassAndUnit(byObject["humidity"]));
        Assert.Equal(("atmospheric_pressure", "hPa"), ClassAndUnit(byObject["pressure"]));
        Assert.Equal(("voltage", "V"), ClassAndUnit(byObject["battery_voltage"]));
        Assert.Equal(("battery", "%"), ClassAndUnit(byObject["battery"]));
        Assert.Equal(("speed", "km/h"), ClassAndUnit(byObject["speed"]));
    }

    [Fact]
    public void TheTrackerFollowsTheDeviceTrackerSchema()
    {
        JsonElement config = Parse(_messages.Single(m => m.Component == "device_tracker"));
        AssertOnlyKeys(config, TrackerKeys, "location");
        Assert.Equal("fleet/van-7/location", config.GetProperty("json_attributes_topic").GetString());
        Assert.Equal("gps", config.GetProperty("source_type").GetString());
        Assert.Equal("van-7_location", config.GetProperty("unique_id").GetString());
        Assert.Equal("device_tracker.van-7_location", config.GetProperty("default_entity_id").GetString());
        Assert.False(config.TryGetProperty("state_topic", out _), "the location attributes set home/not_home");
        AssertAvailabilityAndDevice(config);
    }

    [Fact]
    public void TemplatesNameFieldsTheTelemetryCarriesAndTheLocationHasTheTrackerAttributes()
    {
        var clock = new ManualClock(1000);
        var session = new CountingSession(5);
        var gps = new GpsReceiver(new CyclingNmeaSource(HostNmea.Bytes(HostNmea.Transcript()), 4096, 1), clock, new GpsConfiguration());
        var battery = new BatteryMonitor(new NoisyAdc(1), clock, new BatteryConfiguration());
        var climate = new ClimateSensor(new SteadyClimateSource(), clock, new ClimateConfiguration());
        var app = new TelemetryApplication(_configuration, session, gps, battery, climate, clock, new NoSystem());
        session.Connect();
        app.Step();
        using JsonDocument telemetry = JsonDocument.Parse(Encoding.UTF8.GetString(app.LastTelemetry.Buffer, 0, app.LastTelemetry.Length));
        foreach (var message in _messages.Where(m => m.Component == "sensor"))
        {
            string field = TemplatePattern().Match(Parse(message).GetProperty("value_template").GetString()!).Groups[1].Value;
            Assert.True(telemetry.RootElement.TryGetProperty(field, out JsonElement value), $"{message.ObjectId}: {field} in {telemetry.RootElement}");
            Assert.Equal(JsonValueKind.Number, value.ValueKind);
        }

        using JsonDocument location = JsonDocument.Parse(session.LastPayload);
        Assert.InRange(location.RootElement.GetProperty("latitude").GetDouble(), -90, 90);
        Assert.InRange(location.RootElement.GetProperty("longitude").GetDouble(), -180, 180);
        Assert.True(location.RootElement.GetProperty("gps_accuracy").GetDouble() > 0);
    }

    [Fact]
    public void WithoutAMacTheDeviceHasNoConnections()
    {
        JsonElement config = Parse(HomeAssistantDiscovery.Build(_configuration, _topics, null)[0]);
        Assert.False(config.GetProperty("device").TryGetProperty("connections", out _));
    }

    private static (string?, string?) ClassAndUnit(JsonElement config) =>
        (config.GetProperty("device_class").GetString(), config.GetProperty("unit_of_measurement").GetString());

    private static JsonElement Parse(DiscoveryMessage message) => JsonDocument.Parse(message.Payload).RootElement.Clone();

    private static void AssertOnlyKeys(JsonElement config, HashSet<string> allowed, string what)
    {
        foreach (JsonProperty property in config.EnumerateObject())
        {
            Assert.True(allowed.Contains(property.Name), $"{what}: '{property.Name}' is not a key of the platform");
        }
    }

    private static void AssertAvailabilityAndDevice(JsonElement config)
    {
        Assert.Equal("fleet/van-7/status", config.GetProperty("availability_topic").GetString());
        Assert.Equal("online", config.GetProperty("payload_available").GetString());
        Assert.Equal("offline", config.GetProperty("payload_not_available").GetString());
        Assert.Equal(1, config.GetProperty("qos").GetInt32());
        JsonElement device = config.GetProperty("device");
        AssertOnlyKeys(device, DeviceKeys, "device");
        Assert.Equal(["van-7"], device.GetProperty("identifiers").EnumerateArray().Select(e => e.GetString()));
        JsonElement connection = device.GetProperty("connections")[0];
        Assert.Equal("mac", connection[0].GetString());
        Assert.Equal("24:0a:c4:12:ab:cd", connection[1].GetString());
        Assert.Equal("van-7", device.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(device.GetProperty("manufacturer").GetString()));
        Assert.False(string.IsNullOrEmpty(device.GetProperty("model").GetString()));
        Assert.False(string.IsNullOrEmpty(device.GetProperty("sw_version").GetString()));
    }

    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex ObjectIdPattern();

    [GeneratedRegex(@"^\{\{ value_json\.([a-z_]+) \| default\(''\) \}\}$")]
    private static partial Regex TemplatePattern();

    private sealed class NoSystem : ISystem
    {
        public byte[] MacAddress { get; } = [2, 0, 0, 0, 0, 2];

        public long FreeMemoryBytes() => -1;

        public bool TryGetUtcNow(out DateTime utc)
        {
            utc = default;
            return false;
        }

        public void Reboot()
        {
        }

        public void DeepSleep(int seconds)
        {
        }
    }
}
