using System.Collections.ObjectModel;
using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace nanoFramework.TestFramework.Adapter
{
    /// <summary>Finds test classes and test methods the way the device launcher does, and makes one xunit case per run.</summary>
    public static class NanoTestDiscovery
    {
        /// <summary>Every method the adapter looks at: the launcher only runs public ones, the rest are reported as errors.</summary>
        internal const BindingFlags AllMethods = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

        /// <summary>Classes carrying exactly [TestClass] (the launcher compares the attribute's type), in assembly order.</summary>
        public static IEnumerable<Type> FindTestClasses(Assembly assembly) =>
            assembly.GetTypes().Where(type => type.IsClass && !type.ContainsGenericParameters && IsTestClass(type));

        /// <summary>One case per [TestMethod] without rows, one per [DataRow] row otherwise.</summary>
        public static IReadOnlyList<NanoTestCase> CreateTestCases(ITestCollection collection, Type testClass)
        {
            var xunitClass = new TestClass(collection, Reflector.Wrap(testClass));
            var cases = new List<NanoTestCase>();
            foreach (var method in TestMethodsOf(testClass))
            {
                var testMethod = new TestMethod(xunitClass, Reflector.Wrap(method));
                int rows = DataRowData(method).Count;
                if (rows == 0)
                {
                    cases.Add(new NanoTestCase(testMethod, method, -1));
                }

                for (int row = 0; row < rows; row++)
                {
                    cases.Add(new NanoTestCase(testMethod, method, row));
                }
            }

            return cases;
        }

        internal static bool IsTestClass(Type type) =>
            type.GetCustomAttributes(true).Any(attribute => attribute.GetType() == typeof(TestClassAttribute));

        internal static IEnumerable<MethodInfo> TestMethodsOf(Type type) =>
            type.GetMethods(AllMethods).Where(method => method.GetCustomAttributesData().Any(IsTestAttribute));

        /// <summary>The [DataRow] attributes of a method as metadata (not instantiated), in declaration order.</summary>
        internal static IReadOnlyList<CustomAttributeData> DataRowData(MethodInfo method) =>
            method.GetCustomAttributesData().Where(data => data.AttributeType == typeof(DataRowAttribute)).ToList();

        /// <summary>The values of one row as written in the attribute; null when the row passes a null array.</summary>
        internal static object?[]? RowValues(MethodInfo method, int row)
        {
            var data = DataRowData(method);
            if (row < 0 || row >= data.Count || data[row].ConstructorArguments.Count != 1)
            {
                return null;
            }

            return data[row].ConstructorArguments[0].Value is ReadOnlyCollection<CustomAttributeTypedArgument> items
                ? items.Select(ValueOf).ToArray()
                : null;
        }

        private static bool IsTestAttribute(CustomAttributeData data) =>
            data.AttributeType == typeof(TestMethodAttribute) || data.AttributeType == typeof(DataRowAttribute);

        private static object? ValueOf(CustomAttributeTypedArgument argument)
        {
            if (argument.Value is ReadOnlyCollection<CustomAttributeTypedArgument> items)
            {
                var array = Array.CreateInstance(argument.ArgumentType.GetElementType()!, items.Count);
                for (int i = 0; i < items.Count; i++)
                {
                    array.SetValue(ValueOf(items[i]), i);
                }

                return array;
            }

            return argument.ArgumentType.IsEnum && argument.Value != null
                ? Enum.ToObject(argument.ArgumentType, argument.Value)
                : argument.Value;
        }
    }
}
