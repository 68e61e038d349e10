#nullable disable

using System;
using nanoFramework.TestFramework.Adapter;

namespace nanoFramework.TestFramework
{
    /// <summary>Writes to the output of the running test (on the device: the launcher's console).</summary>
    public static class OutputHelper
    {
        public static void Write(string message)
        {
            TestOutput current = TestOutput.Current;
            if (current != null)
            {
                current.Write(message);
            }
            else
            {
                Console.Write(message);
            }
        }

        public static void WriteLine(string message)
        {
            TestOutput current = TestOutput.Current;
            if (current != null)
            {
                current.WriteLine(message);
            }
            else
            {
                Console.WriteLine(message);
            }
        }
    }
}
