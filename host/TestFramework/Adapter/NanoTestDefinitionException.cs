namespace nanoFramework.TestFramework.Adapter
{
    /// <summary>A test that is written in a way the device launcher cannot run (instance state, array DataRow, ...).</summary>
    public sealed class NanoTestDefinitionException(string message) : Exception(message)
    {
    }
}
