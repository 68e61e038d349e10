namespace Telemetry.SurfaceCheck.Device
{
    /// <summary>A device source file: the path shown in diagnostics and its text.</summary>
    public sealed record DeviceSourceFile(string DisplayPath, string Text);
}
