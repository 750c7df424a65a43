namespace ServiceDesk.Benchmarks;

/// <summary>
/// Ticket-like text in Russian and English from a fixed vocabulary with a skewed word frequency, so that searches meet
/// both common and rare words, as in a real service desk. Seeded, so every run writes the same data.
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

    private readonly Random _random = new(seed);

    public static IReadOnlyList<string> Words => Vocabulary;

    public string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Word()));

    // Squaring a uniform number favours the front of the list: a few words are common, most are rare.
    private string Word() => Vocabulary[(int)(Math.Pow(_random.NextDouble(), 2) * Vocabulary.Length)];
}
