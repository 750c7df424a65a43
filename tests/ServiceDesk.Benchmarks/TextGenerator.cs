namespace ServiceDesk.Benchmarks;

/// <summary>
/// Ticket-like text in Russian and English: ordinary words with Zipf's frequencies (a few are in almost every ticket,
/// most are rare) and identifiers drawn from a large space. Seeded, so every run writes the same data.
/// </summary>
public sealed class TextGenerator(int seed)
{
    private static readonly string[] Vocabulary =
    [
        "принтер", "не", "работает", "ошибка", "пароль", "почта", "сервер", "доступ", "сеть", "ноутбук", "монитор", "клавиатура",
        "мышь", "телефон", "вход", "учётная", "запись", "заблокирована", "сброс", "обновление", "программа", "установка", "лицензия",
        "картридж", "бумага", "замятие", "сканер", "копир", "вирус", "антивирус", "медленно", "зависает", "перезагрузка", "диск",
        "память", "место", "папка", "файл", "общий", "резервная", "копия", "восстановление", "удалён", "случайно", "таблица",
        "отчёт", "бухгалтерия", "склад", "касса", "терминал", "звук", "микрофон", "камера", "совещание", "проектор", "кабель",
        "розетка", "питание", "батарея", "зарядка", "гарантия", "замена", "ремонт", "заявка", "срочно", "этаж", "кабинет",
        "printer", "not", "working", "error", "password", "mail", "server", "access", "network", "laptop", "monitor", "keyboard",
        "mouse", "phone", "login", "account", "locked", "reset", "update", "software", "install", "license", "cartridge", "paper",
        "jam", "scanner", "virus", "slow", "freezes", "reboot", "disk", "memory", "space", "folder", "file", "shared", "backup",
        "restore", "deleted", "spreadsheet", "report", "warehouse", "terminal", "sound", "microphone", "camera", "meeting",
        "projector", "cable", "power", "battery", "charger", "warranty", "replacement", "repair", "urgent", "floor", "office",
        "vpn", "wifi", "outlook", "excel", "teams", "sap", "1c", "citrix", "badge", "door", "certificate", "expired", "quota",
        "mailbox", "calendar", "invite", "signature", "template", "contract", "invoice", "payment", "salary", "vacation",
    ];

    private static readonly string[] IdentifierPrefixes = ["srv", "pc", "inv", "err", "kb", "ws"];
    private static readonly double[] Cumulative = ZipfCumulative(Vocabulary.Length);

    private readonly Random _random = new(seed);

    public string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Word()));

    /// <summary>
    /// What people type into the search box: a common word, two words, or an identifier (a host, an error code, an
    /// asset number) that only a few tickets contain.
    /// </summary>
    public string Query(int index) => (index % 10) switch
    {
        < 4 => CommonWord(),
        < 7 => CommonWord() + " " + CommonWord(),
        _ => Identifier(),
    };

    // Most words of a message are ordinary words, with Zipf's frequencies; some are identifiers from a large space.
    private string Word() => _random.NextDouble() < 0.1 ? Identifier() : CommonWord();

    private string CommonWord()
    {
        var index = Array.BinarySearch(Cumulative, _random.NextDouble());
        return Vocabulary[index < 0 ? Math.Min(~index, Vocabulary.Length - 1) : index];
    }

    private string Identifier() => IdentifierPrefixes[_random.Next(IdentifierPrefixes.Length)] + _random.Next(100_000);

    private static double[] ZipfCumulative(int count)
    {
        var weights = Enumerable.Range(1, count).Select(rank => 1.0 / rank).ToArray();
        var total = weights.Sum();
        var running = 0.0;
        return weights.Select(w => running += w / total).ToArray();
    }
}
