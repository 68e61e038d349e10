using System.Globalization;
using System.Text;

namespace nanoFramework.TestFramework.Adapter
{
    /// <summary>Formats DataRow values for test names, as C# literals: <c>5</c>, <c>"text"</c>, <c>'c'</c>, <c>true</c>, <c>1.5</c>.</summary>
    public static class ArgumentDisplay
    {
        public static string Format(object? value) => value switch
        {
            null => "null",
            string text => "\"" + Escape(text, '"') + "\"",
            char character => "'" + Escape(character.ToString(), '\'') + "'",
            bool flag => flag ? "true" : "false",
            double number => number.ToString("R", CultureInfo.InvariantCulture),
            float number => number.ToString("R", CultureInfo.InvariantCulture),
            Enum member => member.GetType().Name + "." + member,
            Type type => "typeof(" + type.FullName + ")",
            Array array => FormatArray(array),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        public static string FormatList(IEnumerable<object?> values) => string.Join(", ", values.Select(Format));

        private static string FormatArray(Array array)
        {
            var elementType = array.GetType().GetElementType()!;
            return elementType.Name + "[] { " + FormatList(array.Cast<object?>()) + " }";
        }

        private static string Escape(string text, char quote)
        {
            var escaped = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                switch (c)
                {
                    case '\\': escaped.Append("\\\\"); break;
                    case '\0': escaped.Append("\\0"); break;
                    case '\n': escaped.Append("\\n"); break;
                    case '\r': escaped.Append("\\r"); break;
                    case '\t': escaped.Append("\\t"); break;
                    default:
                        if (c == quote)
                        {
                            escaped.Append('\\').Append(c);
                        }
                        else if (char.IsControl(c))
                        {
                            escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            escaped.Append(c);
                        }

                        break;
                }
            }

            return escaped.ToString();
        }
    }
}
