using System.Text.Json.Serialization;

namespace ServiceDesk.Abstractions.Tickets;

/// <summary>Which way an article travelled.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ArticleDirection>))]
public enum ArticleDirection
{
    /// <summary>From the customer to the service desk.</summary>
    Incoming = 1,

    /// <summary>From the service desk to the customer.</summary>
    Outgoing = 2,

    /// <summary>Between agents only.</summary>
    Internal = 3,
}
