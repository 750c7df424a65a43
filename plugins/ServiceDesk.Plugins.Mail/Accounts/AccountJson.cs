using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ServiceDesk.Abstractions.Errors;

namespace ServiceDesk.Plugins.Mail.Accounts;

/// <summary>
/// A mail account as JSON, as the API, the CLI and the table hold it: whatever properties <see cref="MailAccountSettings"/>
/// has, found from its JSON contract, so that a property added there needs nothing here. Requests are checked against
/// that contract field by field (a setting that does not exist, a value of the wrong type), with every problem at once.
/// </summary>
public static class AccountJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        // EffectivePort and the like are derived, not settings.
        IgnoreReadOnlyProperties = true,
        RespectNullableAnnotations = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public static JsonObject Write(MailAccountSettings account) => JsonSerializer.SerializeToNode(account, Options)!.AsObject();

    /// <summary>The account that <paramref name="json"/> describes; <paramref name="json"/> has passed <see cref="Check"/>.</summary>
    public static MailAccountSettings Read(JsonObject json) => json.Deserialize<MailAccountSettings>(Options)!;

    /// <summary>
    /// The request with each setting under its own name (<c>UserName</c> becomes <c>userName</c>), or a
    /// <see cref="ValidationException"/> naming every setting that does not exist or has a value of the wrong type.
    /// </summary>
    public static JsonObject Check(JsonObject request)
    {
        var problems = new Dictionary<string, string[]>();
        var checkedRequest = Check(request, Options.GetTypeInfo(typeof(MailAccountSettings)), "", problems);
        return problems.Count == 0 ? checkedRequest : throw new ValidationException(problems);
    }

    /// <summary>
    /// The setting at <paramref name="path"/> (names compared without regard to case; <c>["oauth2", "clientId"]</c> for a
    /// nested one): its path as the JSON writes it, and its type; null when there is none.
    /// </summary>
    public static (IReadOnlyList<string> Path, Type Type)? Setting(IReadOnlyList<string> path)
    {
        var type = Options.GetTypeInfo(typeof(MailAccountSettings));
        var found = new List<string>();
        JsonPropertyInfo? property = null;
        foreach (var name in path)
        {
            property = type is null ? null : PropertyOf(type, name);
            if (property is null)
            {
                return null;
            }

            found.Add(property.Name);
            type = ObjectType(property.PropertyType);
        }

        return property is null ? null : (found, property.PropertyType);
    }

    /// <summary>The problems of <paramref name="account"/>'s values (its annotations and rules) by field, as the API names them.</summary>
    public static Dictionary<string, string[]> ProblemsOf(MailAccountSettings account) =>
        account.Problems()
            .SelectMany(problem => (problem.MemberNames.Any() ? problem.MemberNames : ["account"])
                .Select(member => (Field: FieldName(member), Message: problem.ErrorMessage ?? "The value is not valid.")))
            .GroupBy(problem => problem.Field)
            .ToDictionary(field => field.Key, field => field.Select(problem => problem.Message).ToArray());

    private static string FieldName(string member) => JsonNamingPolicy.CamelCase.ConvertName(member);

    private static JsonObject Check(JsonObject request, JsonTypeInfo type, string prefix, Dictionary<string, string[]> problems)
    {
        var checkedRequest = new JsonObject();
        foreach (var (name, value) in request)
        {
            var field = prefix + name;
            var property = PropertyOf(type, name);
            if (property is null)
            {
                problems[field] = [$"There is no setting '{name}'. The settings are: {string.Join(", ", type.Properties.Where(p => p.Set is not null).Select(p => p.Name))}."];
                continue;
            }

            if (value is JsonObject nested && ObjectType(property.PropertyType) is { } nestedType)
            {
                checkedRequest[property.Name] = Check(nested, nestedType, property.Name + ".", problems);
            }
            else if (Fits(value, property))
            {
                checkedRequest[property.Name] = value?.DeepClone();
            }
            else
            {
                problems[prefix + property.Name] = [$"Expected {Expected(property.PropertyType)}."];
            }
        }

        return checkedRequest;
    }

    private static JsonPropertyInfo? PropertyOf(JsonTypeInfo type, string name) =>
        type.Properties.FirstOrDefault(p => p.Set is not null && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    private static JsonTypeInfo? ObjectType(Type type) =>
        Options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type) is { Kind: JsonTypeInfoKind.Object } info ? info : null;

    private static bool Fits(JsonNode? value, JsonPropertyInfo property)
    {
        if (value is null)
        {
            return property.IsSetNullable;
        }

        try
        {
            value.Deserialize(property.PropertyType, Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Expected(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(plain));
        }

        return Type.GetTypeCode(plain) switch
        {
            TypeCode.Boolean => "true or false",
            TypeCode.String => "a string",
            TypeCode.Byte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64 => "a whole number",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number",
            _ => "a value of type " + plain.Name,
        };
    }
}
