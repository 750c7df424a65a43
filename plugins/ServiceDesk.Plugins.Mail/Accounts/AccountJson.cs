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
        RespectNullableAnnotations = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OnlySettings } },
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
        var checkedRequest = Check(request, Contract, "", problems);
        return problems.Count == 0 ? checkedRequest : throw new ValidationException(problems);
    }

    /// <summary>The account's JSON contract: its settings, and theirs for nested ones (<see cref="ObjectType"/>).</summary>
    public static JsonTypeInfo Contract => Options.GetTypeInfo(typeof(MailAccountSettings));

    /// <summary>
    /// The setting at <paramref name="path"/> (names compared without regard to case; <c>["oauth2", "clientId"]</c> for a
    /// nested one): its path as the JSON writes it, and its property; null when there is none.
    /// </summary>
    public static (IReadOnlyList<string> Path, JsonPropertyInfo Property)? Setting(IReadOnlyList<string> path)
    {
        JsonTypeInfo? type = Contract;
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

        return property is null ? null : (found, property);
    }

    /// <summary>The problems of <paramref name="account"/>'s values (its annotations and rules) by field, as the API names them.</summary>
    public static Dictionary<string, string[]> ProblemsOf(MailAccountSettings account) =>
        account.Problems()
            .SelectMany(problem => (problem.MemberNames.Any() ? problem.MemberNames : ["account"])
                .Select(member => (Field: FieldName(member), Message: problem.ErrorMessage ?? "The value is not valid.")))
            .GroupBy(problem => problem.Field)
            .ToDictionary(field => field.Key, field => field.Select(problem => problem.Message).ToArray());

    // A problem's member as requests name it (AccountJson.Check's names): a setting of the account, or of one of its
    // nested settings ("oauth2.clientId").
    private static string FieldName(string member) =>
        PropertyOf(Contract, member)?.Name
        ?? Contract.Properties
            .Select(p => ObjectType(p.PropertyType) is { } nested && PropertyOf(nested, member) is { } inner ? $"{p.Name}.{inner.Name}" : null)
            .FirstOrDefault(field => field is not null)
        ?? JsonNamingPolicy.CamelCase.ConvertName(member);

    private static JsonObject Check(JsonObject request, JsonTypeInfo type, string prefix, Dictionary<string, string[]> problems)
    {
        var checkedRequest = new JsonObject();
        foreach (var (name, value) in request)
        {
            var field = prefix + name;
            var property = PropertyOf(type, name);
            if (property is null)
            {
                problems[field] = [$"There is no setting '{name}'. The settings are: {string.Join(", ", type.Properties.Select(p => p.Name))}."];
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

    /// <summary>The setting of <paramref name="type"/> named <paramref name="name"/>, without regard to case; null when there is none.</summary>
    public static JsonPropertyInfo? PropertyOf(JsonTypeInfo type, string name) =>
        type.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The contract of a setting of type <paramref name="type"/> that holds settings of its own (<c>oauth2</c>); null for a value.</summary>
    public static JsonTypeInfo? ObjectType(Type type) =>
        Options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type) is { Kind: JsonTypeInfoKind.Object } info ? info : null;

    // EffectivePort, EffectiveScopes and the like are derived, not settings. IgnoreReadOnlyProperties would keep the
    // read-only collections (EffectiveScopes), which System.Text.Json writes all the same.
    private static void OnlySettings(JsonTypeInfo type)
    {
        foreach (var derived in type.Properties.Where(p => p.Set is null).ToList())
        {
            type.Properties.Remove(derived);
        }
    }

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
