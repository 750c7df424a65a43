using MimeKit;
using ServiceDesk.Plugins.Mail.Inbound;

namespace ServiceDesk.Plugins.Mail.Tests;

/// <summary>With TicketNumberInBody, a ticket number quoted in a message's text names the ticket it follows up.</summary>
public sealed class TicketNumberInBodyTests
{
    private static readonly TicketNumberInSubject Numbers = new("Ticket#");

    [Test]
    public void TheNumbersInTheText_AreFound_FirstOneFirst()
    {
        var message = Message(new TextPart("plain") { Text = "Still broken.\n\n> [Ticket#2026112310000007] VPN drops\n> [Ticket#2026112310000003]" });

        Assert.That(TicketNumberInBody.Find(Numbers, message), Is.EqualTo(new[] { "2026112310000007", "2026112310000003" }));
    }

    [Test]
    public void AnHtmlOnlyMessage_IsSearchedInItsHtml()
    {
        var message = Message(new TextPart("html") { Text = "<p>Re <b>[Ticket#2026112310000007]</b></p>" });

        Assert.That(TicketNumberInBody.Find(Numbers, message), Is.EqualTo(new[] { "2026112310000007" }));
    }

    [TestCase("Ticket 2026112310000007")]
    [TestCase("[Case#2026112310000007]")]
    [TestCase("")]
    public void TextWithoutTheTag_NamesNoTicket(string text) =>
        Assert.That(TicketNumberInBody.Find(Numbers, Message(new TextPart("plain") { Text = text })), Is.Empty);

    [Test]
    public void TheSettingIsOff_ByDefault() => Assert.That(new MailSettings().TicketNumberInBody, Is.False);

    private static MimeMessage Message(MimeEntity body)
    {
        var message = new MimeMessage { Subject = "Re: the VPN" };
        message.From.Add(MailboxAddress.Parse("ivan@corp.example"));
        message.Body = body;
        return message;
    }
}
