using System.Collections;
using System.Reflection;
using Scriban.Runtime;

namespace ServiceDesk.Plugins.Templates.Model;

/// <summary>
/// Turns what other plugins contribute (any .NET object) into plain script values: their public properties of simple
/// types, lists and nested objects, named in snake_case. The sandbox lets templates read nothing else, so a plugin's
/// object never exposes more than its data.
/// </summary>
public static class ModelValues
{
    private const int MaxDepth = 4;

    private const int MaxItems = 200;

    public static object? From(object? value) => From(value, 0);

    private static object? From(object? value, int depth) => value switch
    {
        null => null,
        string or bool or char or int or long or short or byte or uint or ulong or ushort or sbyte or float or double or decimal => value,
        DateTime or DateTimeOffset or TimeSpan or Guid => value,
        Enum => value.ToString(),
        _ when depth >= MaxDepth => null,
        IDictionary dictionary => Dictionary(dictionary, depth),
        IEnumerable items => List(items, depth),
        _ => Properties(value, depth),
    };

    private static ScriptObject Dictionary(IDictionary dictionary, int depth)
    {
        var result = new ScriptObject();
        foreach (DictionaryEntry entry in dictionary)
        {
            if (result.Count >= MaxItems)
            {
                break;
            }

            result[StandardMemberRenamer.Rename(entry.Key.ToString() ?? "")] = From(entry.Value, depth + 1);
        }

        return result;
    }

    private static ScriptArray List(IEnumerable items, int depth)
    {
        var result = new ScriptArray();
        foreach (var item in items)
        {
            if (result.Count >= MaxItems)
            {
                break;
            }

            result.Add(From(item, depth + 1));
        }

        return result;
    }

    private static ScriptObject Properties(object value, int depth)
    {
        var result = new ScriptObject();
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.CanRead)
            {
                result[StandardMemberRenamer.Rename(property.Name)] = From(property.GetValue(value), depth + 1);
            }
        }

        return result;
    }
}
