using System.Globalization;
using Microsoft.Extensions.Logging;
using Scriban.Runtime;
using ServiceDesk.Abstractions.Messaging;
using ServiceDesk.Plugins.Templates.Rendering;

namespace ServiceDesk.Plugins.Templates.Domain;

/// <summary>
/// Puts the HTML of every email the channel sends into the layout of the active theme (<c>templates/email-layout.{language}.sbn</c>
/// in the theme, else the shipped one): <c>content</c> is the message, <c>subject</c>, <c>ticket_number</c> and
/// <c>language</c> what the layout may show around it. A layout that fails to render sends the message without it: a
/// broken theme must not keep mail from going out.
/// </summary>
public sealed partial class TemplateLayout(ShippedTemplates shipped, TemplateRenderer renderer, TemplatesSettings settings, ILogger<TemplateLayout> logger) : IMessageLayout
{
    public Task<string> WrapAsync(string bodyHtml, MessageLayoutContext context, CancellationToken cancellationToken)
    {
        if (shipped.Layout() is not { } layout)
        {
            return Task.FromResult(bodyHtml);
        }

        var language = context.Language ?? settings.DefaultLanguage;
        var model = new ScriptObject
        {
            ["content"] = new SafeHtml(bodyHtml),
            ["subject"] = context.Subject,
            ["ticket_number"] = context.TicketNumber ?? "",
            ["language"] = language,
        };
        try
        {
            var culture = CultureInfo.GetCultureInfo(language);
            return Task.FromResult(renderer.Render(layout.VariantFor(language).Body, TemplateFormat.Html, model, culture, StoreIncludes.None, cancellationToken));
        }
        catch (Exception error) when (error is TemplateRenderException or TemplateSyntaxException or CultureNotFoundException)
        {
            LogBrokenLayout(logger, error.Message);
            return Task.FromResult(bodyHtml);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The email layout failed, so mail goes out without it: {Reason}")]
    private static partial void LogBrokenLayout(ILogger logger, string reason);
}
