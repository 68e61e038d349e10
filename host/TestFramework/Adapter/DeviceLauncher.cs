using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace nanoFramework.TestFramework.Adapter
{
    /// <summary>
    /// What the nanoFramework unit test launcher does with a test class, and what it cannot do: it never constructs the class,
    /// only runs public methods, passes DataRow values unconverted and dies on array arguments.
    /// </summary>
    internal static class DeviceLauncher
    {
        /// <summary>Invokes a test, Setup or Cleanup method; instance methods run on an uninitialized object, as the device has none.</summary>
        public static void Invoke(Type testClass, MethodInfo method, object?[]? arguments)
        {
            object? target = method.IsStatic ? null : RuntimeHelpers.GetUninitializedObject(testClass);
            try
            {
                method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, arguments, CultureInfo.InvariantCulture);
            }
            catch (TargetInvocationException wrapped) when (wrapped.InnerException != null)
            {
                ExceptionDispatchInfo.Capture(wrapped.InnerException).Throw();
            }
        }

        /// <summary>True for the exception that means "skipped" on the device (the exact type, as the launcher compares it).</summary>
        public static bool IsSkip(Exception exception) => exception.GetType() == typeof(SkipTestException);

        /// <summary>The public methods carrying exactly the given lifecycle attribute, in the launcher's order.</summary>
        public static IReadOnlyList<MethodInfo> LifecycleMethods(Type testClass, Type attributeType) =>
            testClass.GetMethods().Where(method => HasExactly(method, attributeType)).ToList();

        /// <summary>Why no test of this class can run as written, or null.</summary>
        public static string? FindClassProblem(Type testClass)
        {
            var fields = new List<string>();
            for (var type = testClass; type != null && type != typeof(object); type = type.BaseType)
            {
                foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    fields.Add(MemberNameOf(field));
                }
            }

            if (fields.Count > 0)
            {
                return testClass.FullName + " declares instance state (" + string.Join(", ", fields) + "): the nanoFramework test launcher "
                    + "never constructs a test class, so instance fields and auto-properties are never initialized. Keep test state in static fields.";
            }

            foreach (var lifecycle in new[] { typeof(SetupAttribute), typeof(CleanupAttribute) })
            {
                var hidden = testClass.GetMethods(NanoTestDiscovery.AllMethods).FirstOrDefault(method => !method.IsPublic && HasExactly(method, lifecycle));
                if (hidden != null)
                {
                    return "[" + lifecycle.Name.Replace("Attribute", string.Empty, StringComparison.Ordinal) + "] " + testClass.FullName + "." + hidden.Name
                        + " is not public: the launcher only calls public methods, so it would never run on the device.";
                }
            }

            return null;
        }

        /// <summary>Why this test method cannot run with these DataRow values on the device, or null.</summary>
        public static string? FindCaseProblem(MethodInfo method, object?[]? arguments)
        {
            string name = method.ReflectedType?.FullName + "." + method.Name;
            if (!method.IsPublic)
            {
                return name + " is not public: the launcher only runs public methods, so this test would never run on the device.";
            }

            if (method.ContainsGenericParameters)
            {
                return name + " is generic: the launcher cannot invoke it.";
            }

            var parameters = method.GetParameters();
            if (arguments == null)
            {
                return parameters.Length == 0
                    ? null
                    : name + " takes " + parameters.Length + " parameter(s) but has no [DataRow]: the launcher invokes it without arguments.";
            }

            for (int i = 0; i < arguments.Length; i++)
            {
                if (arguments[i] is Array array)
                {
                    return "DataRow argument " + i + " of " + name + " is an array (" + array.GetType().Name + "): the nanoFramework test launcher "
                        + "dies on array arguments in DataRow. Pass the elements as separate arguments or build the array inside the test.";
                }
            }

            if (arguments.Length != parameters.Length)
            {
                return "The DataRow of " + name + " has " + arguments.Length + " value(s) but the method takes " + parameters.Length + ".";
            }

            for (int i = 0; i < arguments.Length; i++)
            {
                var parameterType = parameters[i].ParameterType;
                object? argument = arguments[i];
                bool fits = argument == null
                    ? !parameterType.IsValueType
                    : parameterType.IsValueType ? argument.GetType() == parameterType : parameterType.IsInstanceOfType(argument);
                if (!fits)
                {
                    return "DataRow argument " + i + " of " + name + " (" + ArgumentDisplay.Format(argument) + ", " + (argument?.GetType().Name ?? "null")
                        + ") does not match parameter '" + parameters[i].Name + "' of type " + parameterType.Name
                        + ": the launcher passes DataRow values unconverted, so write the value with the parameter's type (e.g. (byte)5, 5L, 5.0).";
                }
            }

            return null;
        }

        private static bool HasExactly(MethodInfo method, Type attributeType) =>
            method.GetCustomAttributes(true).Any(attribute => attribute.GetType() == attributeType);

        private static string MemberNameOf(FieldInfo field)
        {
            // "<Name>k__BackingField" is the field of an auto-property.
            string name = field.Name;
            return name.StartsWith('<') && name.Contains(">k__BackingField", StringComparison.Ordinal)
                ? "property " + name[1..name.IndexOf('>', StringComparison.Ordinal)]
                : name;
        }
    }
}
