using System.Globalization;
using Scriban.Runtime;

namespace ServiceDesk.Plugins.Templates.Model;

/// <summary>A model ready to render with, and whom it is for: their language and how they read dates and numbers.</summary>
/// <param name="Model">The template's global variables.</param>
/// <param name="Language">The recipient's language, for the template's variant.</param>
/// <param name="Culture">The recipient's culture, for dates and numbers.</param>
/// <param name="QueueId">The ticket's queue, for the templates that serve it.</param>
public sealed record RenderTarget(ScriptObject Model, string Language, CultureInfo Culture, int QueueId);
