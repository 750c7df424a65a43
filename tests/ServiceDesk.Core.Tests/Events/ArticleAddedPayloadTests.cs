using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Events;

namespace ServiceDesk.Core.Tests.Events;

/// <summary>ArticleAdded carries whether a machine wrote the article; events written before it knew are read as a person's.</summary>
public sealed class ArticleAddedPayloadTests
{
    [Test]
    public void TheAutomation_GoesThroughTheOutbox()
    {
        var added = new ArticleAdded(1, "2026112310000001", 7, "email", ArticleDirection.Outgoing, true, 1, null, ArticleAutomation.Notification);

        var payload = EventPayloads.Serialize(added);

        Assert.Multiple(() =>
        {
            Assert.That(payload, Does.Contain("\"automation\":\"Notification\""));
            Assert.That(EventPayloads.Deserialize(payload, typeof(ArticleAdded)), Is.EqualTo(added));
        });
    }

    [Test]
    public void AnEventFromBeforeAutomation_IsAPersonsArticle()
    {
        const string Before = """
            {"ticketId":1,"ticketNumber":"2026112310000001","articleId":7,"channel":"email","direction":"Outgoing","visibleToCustomer":true,"authorUserId":1,"authorCustomerUserId":null}
            """;

        var added = (ArticleAdded)EventPayloads.Deserialize(Before, typeof(ArticleAdded));

        Assert.That(added.Automation, Is.EqualTo(ArticleAutomation.None));
    }
}
