using System.Text.Json.Serialization;

namespace ServiceDesk.Plugins.Templates.Rendering;

/// <summary>What a template writes, which decides how the values it shows are written into it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TemplateFormat>))]
public enum TemplateFormat
{
    /// <summary>Plain text: values are written as they are.</summary>
    Text,

    /// <summary>HTML: values are HTML-escaped, unless a value is HTML the plugin made safe itself.</summary>
    Html,
}
