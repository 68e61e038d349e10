namespace nanoFramework.TestFramework.Adapter
{
    /// <summary>A [Setup] or [Cleanup] method of the test class failed; the inner exception is what it threw.</summary>
    public sealed class NanoLifecycleException(string message, Exception innerException) : Exception(message, innerException)
    {
    }
}
