//! Block phrases in other languages (de, fr, es, it, pt, nl, pl, ru, zh, ja, ko,
//! tr, ar), matched on the flat view: lowercase, Latin accents folded
//! ("ü" -> "u", "ß" -> "ss", "ł" -> "l", "ı" -> "i"), other scripts unchanged.
//! Each entry is a phrase with context, never a bare word.

use super::signals::Sig::{self, *};

pub const TABLE: &[(Sig, &str)] = &[
    // ---- German ----
    (
        Override,
        r"\b(?:ignoriere|ignorier|ignorieren sie|vergiss|vergessen sie|missachte|missachten sie|uberschreibe|umgehe|verwirf)\b[^.]{0,40}\b(?:vorherigen|bisherigen|vorigen|obigen|fruheren|alten|ursprunglichen|alle|deine|ihre|samtliche)\b[^.]{0,30}\b(?:anweisungen|instruktionen|befehle|regeln|vorgaben|richtlinien|einschrankungen|anordnungen)",
    ),
    (
        Override,
        r"\b(?:vergiss|vergessen sie) (?:alles|alle regeln|deine regeln|was (?:man )?dir (?:gesagt|vorgegeben))",
    ),
    (
        Extraction,
        r"\b(?:gib|zeig|zeige|nenne|verrate|wiederhole|drucke|schreib|schreibe|ubersetze|sag)\b[^.]{0,40}\b(?:deinen|deine|ihren|ihre|den|die)\b[^.]{0,20}\b(?:systemprompt|system-prompt|systemanweisungen|systemanweisung|systemnachricht|anfangsanweisungen|versteckten anweisungen|geheimen anweisungen|ursprunglichen anweisungen|anweisungen|prompt)\b",
    ),
    (
        Jailbreak,
        r"\b(?:ohne|keine) (?:jegliche |jede |irgendwelche )?(?:einschrankungen|beschrankungen|regeln|filter|zensur|grenzen|richtlinien)\b[^.]{0,60}\b(?:antworte|antwortest|du|dich|ki|modus)|\b(?:du bist|du hast) (?:jetzt |nun |ab jetzt )?(?:keine|ohne) (?:einschrankungen|regeln|filter|grenzen|zensur)|\bentwicklermodus\b",
    ),
    (
        Weapons,
        r"\b(?:bombe|sprengstoff|sprengsatz|rohrbombe|molotowcocktail|nervengas)\b[^.]{0,30}\b(?:bau(?:en|e|t|st)|herstell\w*|hergestellt|bastel\w*|bastl\w*|mach(?:en|e|t|st)|anfertig\w*|zund\w*|zusammenbau\w*)|\bwie (?:baue|mache|bastle) ich (?:eine |einen )?(?:bombe|sprengsatz|rohrbombe)",
    ),
    (
        Drugs,
        r"\b(?:meth|crystal|methamphetamin|fentanyl|heroin|kokain|mdma|lsd)\b[^.]{0,30}\b(?:herstell\w*|koch\w*|synthetisier\w*|produzier\w*|stellt man)",
    ),
    (
        Hacking,
        r"\b(?:hacken|knacken|einbrechen)\b[^.]{0,10}\b(?:in )?(?:das |den |die )?(?:konto|handy|e-mail|instagram|facebook|wlan|account) (?:von|meiner|meines|meiner ex|des nachbarn|eines anderen|fremden)|\b(?:konto|handy|e-mail|instagram|wlan|account) (?:meiner|meines|von meiner|von meinem|des nachbarn|eines anderen|fremder)\b[^.]{0,20}\b(?:hacken|knacken)",
    ),
    (
        Weapons,
        r"\b(?:stelle|stellt|stellen|baue|baut|bauen)\b[^.]{0,30}\b(?:sprengstoff|bombe|bomben|sprengsatz|rohrbombe)\b[^.]{0,30}\b(?:her|zusammen)?\b",
    ),
    (
        Violence,
        r"\b(?:vergiften|vergifte|umbringen|toten)\b[^.]{0,20}\b(?:jemanden|meinen|meine|meinem|den|die|ihn|sie)\b|\b(?:jemanden|meinen \w+|meine \w+|ihn|sie) (?:vergiften|umbringen|toten)\b",
    ),
    (
        Override,
        r"\b(?:befolge|befolgen sie) (?:deine|ihre|die) (?:regeln|anweisungen|richtlinien) nicht\b|\bhalte dich nicht (?:mehr )?an (?:deine|die) (?:regeln|anweisungen|richtlinien)\b",
    ),
    // ---- French ----
    (
        Override,
        r"\b(?:ignore|ignorez|ignorer|oublie|oubliez|oublier|neglige|ne tiens pas compte|ne tenez pas compte|fais abstraction|contourne|contournez)\b[^.]{0,40}\b(?:instructions|consignes|regles|directives|ordres|commandes|restrictions)\b[^.]{0,20}\b(?:precedentes|anterieures|initiales|d'origine|originales|du systeme|ci-dessus|donnees|recues)",
    ),
    (
        Override,
        r"\b(?:ignore|ignorez|oublie|oubliez) (?:toutes |tes |vos |les )+(?:instructions|consignes|regles|directives|restrictions)\b|\blaisse tomber (?:la traduction|la tache|le resume|ta tache)\b",
    ),
    (
        Extraction,
        r"\b(?:revele|revelez|reveler|montre|montrez|affiche|affichez|donne|donnez|repete|repetez|imprime|ecris|dis|dites|traduis|partage)\b[^.]{0,30}\b(?:tes|vos|ton|votre|le|les|ta)\b[^.]{0,10}\b(?:instructions (?:cachees|secretes|systeme|initiales|d'origine)|prompt (?:systeme|initial)|invite systeme|message systeme|consignes (?:cachees|secretes|initiales|systeme)|regles (?:cachees|secretes)|instructions|consignes)\b",
    ),
    (
        Jailbreak,
        r"\b(?:sans|aucune|pas de) (?:aucune |la moindre )?(?:restrictions?|limites?|filtres?|censure|regles)\b[^.]{0,60}\b(?:reponds|tu|vous|ia|mode)|\b(?:tu n'as|tu n'es|vous n'avez) (?:plus )?(?:aucune|pas de) (?:restrictions?|limites?|regles|filtres?)|\bmode developpeur\b",
    ),
    (
        Weapons,
        r"\b(?:fabriquer|construire|faire|preparer) (?:une |des |un )?(?:bombes?(?:$|[^ a-z]| [^d]| d[^e]| de [^b])|explosifs?|engin explosif|cocktail molotov)",
    ),
    (
        Drugs,
        r"\b(?:fabriquer|synthetiser|produire|cuisiner|faire) (?:de la |du |des )?(?:meth|methamphetamine|fentanyl|heroine|cocaine|mdma|lsd)\b",
    ),
    (
        Hacking,
        r"\b(?:pirater|hacker)\b[^.]{0,30}\b(?:compte|telephone|portable|email|e-mail|mail|wifi|wi-fi|ordinateur|instagram|facebook|snapchat)\b",
    ),
    (
        Violence,
        r"\bempoisonner (?:quelqu'un|mon|ma|mes|une personne|un)\b",
    ),
    (
        Override,
        r"\b(?:ne tiens pas compte|ne tenez pas compte|ne suis pas|ne suivez pas|ne respecte pas|ne respectez pas|ignore|ignorez|oublie|oubliez) (?:de |des )?(?:tes|vos) (?:regles|instructions|consignes|directives|restrictions|limites)\b",
    ),
    (
        Drugs,
        r"\b(?:fabriquer|produire|synthetiser|cuisiner) (?:de la |des |de )?drogues?\b",
    ),
    // ---- Spanish ----
    (
        Override,
        r"\b(?:ignora|ignore|ignorar|ignoren|olvida|olvide|olvidar|olviden|omite|descarta|pasa por alto|salta|elude)\b[^.]{0,40}\b(?:instrucciones|reglas|indicaciones|directrices|ordenes|normas|restricciones|comandos)\b[^.]{0,30}\b(?:anteriores|previas|originales|iniciales|del sistema|de arriba|que te dieron|que te han dado|dadas)",
    ),
    (
        Override,
        r"\b(?:olvida|olvide|ignora|ignore) (?:todas )?(?:las |tus |sus )(?:reglas|instrucciones|restricciones|normas|directrices)\b",
    ),
    (
        Extraction,
        r"\b(?:revela|revele|muestra|muestrame|muestre|dime|digame|imprime|escribe|repite|traduce|comparte|ensename|dame)\b[^.]{0,30}\b(?:tu|tus|su|sus|el|las|los)\b[^.]{0,10}\b(?:prompt (?:del sistema|de sistema|inicial)|instrucciones (?:del sistema|ocultas|secretas|iniciales|originales)|mensaje del sistema|indicaciones (?:del sistema|ocultas)|reglas (?:ocultas|secretas)|instrucciones)\b",
    ),
    (
        Jailbreak,
        r"\b(?:no tienes|no tiene|sin) (?:ninguna |ningun |ningunas )?(?:restricciones|restriccion|limites|filtros|censura|reglas)\b|\bmodo (?:desarrollador|sin restricciones|sin censura)\b",
    ),
    (
        Weapons,
        r"\b(?:hacer|fabricar|construir|preparar|armar) (?:una |un |unos |unas )?(?:bombas?(?:$|[^ a-z]| [^d]| d[^e]| de [^b])|explosivos?|artefacto explosivo|coctel molotov)",
    ),
    (
        Drugs,
        r"\b(?:hacer|fabricar|sintetizar|producir|cocinar|preparar) (?:metanfetamina|fentanilo|heroina|cocaina|mdma|lsd|meth|cristal)\b",
    ),
    (
        Violence,
        r"\benvenenar a (?:alguien|mi|una persona|un|una|mis)\b|\bmatar a (?:alguien|mi|una persona)\b",
    ),
    (
        Hacking,
        r"\bhackear\b[^.]{0,30}\b(?:cuenta|telefono|celular|correo|wifi|instagram|facebook|whatsapp)\b",
    ),
    (
        Override,
        r"\bno (?:sigas|sigues|siga|obedezcas|obedezca|respetes|respete|cumplas|cumpla) (?:tus|sus|las) (?:reglas|instrucciones|normas|directrices|restricciones)\b",
    ),
    (
        Crime,
        r"\b(?:robar|hurtar) (?:un |una |el |la )?(?:coche|carro|auto|banco|tienda|casa|cartera|identidad|tarjeta)\b",
    ),
    // ---- Italian ----
    (
        Override,
        r"\b(?:ignora|ignori|ignorate|dimentica|dimentichi|dimenticate|trascura|scarta|non seguire|aggira)\b[^.]{0,40}\b(?:istruzioni|regole|indicazioni|direttive|ordini|comandi|restrizioni)\b[^.]{0,30}\b(?:precedenti|originali|iniziali|del sistema|di prima|ricevute|date)",
    ),
    (
        Override,
        r"\b(?:dimentica|ignora) (?:tutte )?(?:le |tue |le tue )(?:regole|istruzioni|restrizioni)\b",
    ),
    (
        Extraction,
        r"\b(?:rivela|rivelami|mostra|mostrami|dimmi|stampa|scrivi|ripeti|traduci|condividi|dammi)\b[^.]{0,40}\b(?:prompt di sistema|istruzioni (?:di sistema|nascoste|segrete|iniziali|originali)|messaggio di sistema|tuo prompt|tue istruzioni|regole nascoste)\b",
    ),
    (
        Jailbreak,
        r"\b(?:non hai|senza) (?:alcuna |nessuna |alcun |nessun )?(?:restrizioni|restrizione|limiti|filtri|censura|regole)\b|\bmodalita sviluppatore\b",
    ),
    (
        Weapons,
        r"\b(?:costruire|fabbricare|fare|preparare) (?:una |un |degli |dell')?(?:bomba|esplosivi?|ordigno)",
    ),
    // ---- Portuguese ----
    (
        Override,
        r"\b(?:ignore|ignora|ignorar|esqueca|esquece|esquecer|desconsidere|descarte|despreze|contorne)\b[^.]{0,40}\b(?:instrucoes|regras|diretrizes|ordens|comandos|restricoes|orientacoes)\b[^.]{0,30}\b(?:anteriores|previas|originais|iniciais|do sistema|acima|que recebeu|dadas)",
    ),
    (
        Override,
        r"\b(?:esqueca|esquece|ignore|ignora) (?:todas )?(?:as |suas |tuas )(?:regras|instrucoes|restricoes|diretrizes)\b",
    ),
    (
        Extraction,
        r"\b(?:revele|revela|mostre|mostra|diga|diz|imprima|escreva|repita|traduza|compartilhe|me de|me mostre)\b[^.]{0,40}\b(?:prompt do sistema|prompt de sistema|instrucoes (?:do sistema|ocultas|secretas|iniciais|originais)|mensagem do sistema|seu prompt|suas instrucoes|regras ocultas)\b",
    ),
    (
        Jailbreak,
        r"\b(?:voce nao tem|nao tens|sem) (?:nenhuma |qualquer )?(?:restricao|restricoes|limites|filtros|censura|regras)\b[^.]{0,40}\b(?:responda|voce|modo|ia)|\bmodo desenvolvedor\b",
    ),
    (
        Weapons,
        r"\b(?:fazer|fabricar|construir|montar|preparar) (?:uma |um )?(?:bomba|explosivos?|artefato explosivo|coquetel molotov)",
    ),
    (
        Override,
        r"\bnao (?:siga|sigas|obedeca|respeite) (?:suas|tuas|as) (?:regras|instrucoes|diretrizes|restricoes)\b",
    ),
    // ---- Dutch ----
    (
        Override,
        r"\b(?:negeer|vergeet|omzeil|veronachtzaam)\b[^.]{0,40}\b(?:instructies|opdrachten|regels|richtlijnen|beperkingen|aanwijzingen|bevelen)\b",
    ),
    (
        Extraction,
        r"\b(?:toon|laat zien|geef|vertel|herhaal|print|schrijf|vertaal|onthul)\b[^.]{0,40}\b(?:systeemprompt|systeem prompt|systeeminstructies|verborgen instructies|geheime instructies|oorspronkelijke instructies|je instructies|jouw instructies)\b",
    ),
    (
        Jailbreak,
        r"\b(?:zonder|geen) (?:enige |alle )?(?:beperkingen|regels|filters|censuur|grenzen)\b[^.]{0,40}\b(?:antwoord|je|jij|ai|modus)|\bontwikkelaarsmodus\b",
    ),
    (
        Weapons,
        r"\b(?:bom(?:$|[^ a-z]| [^v]| v[^a]| van [^b])|explosieven|bommen)[^.]{0,20}\b(?:maken|bouwen|in elkaar zetten)",
    ),
    // ---- Polish ----
    (
        Override,
        r"\b(?:zignoruj|ignoruj|zapomnij|pomin|olej|lekcewaz)\b[^.]{0,40}\b(?:instrukcje|instrukcji|instrukcjach|polecenia|polecen|zasady|zasadach|regul|reguly|ograniczenia|wytyczne)\b",
    ),
    (
        Extraction,
        r"\b(?:pokaz|ujawnij|wypisz|podaj|powtorz|napisz|przetlumacz|zdradz)\b[^.]{0,40}\b(?:prompt systemowy|instrukcje systemowe|ukryte instrukcje|tajne instrukcje|swoje instrukcje|twoje instrukcje|wiadomosc systemowa)\b",
    ),
    (
        Jailbreak,
        r"\bbez (?:zadnych )?(?:ograniczen|zasad|filtrow|cenzury)\b[^.]{0,40}\b(?:odpowiadaj|odpowiedz|jestes|ty|tryb)|\btryb dewelopera\b",
    ),
    (
        Weapons,
        r"\b(?:zrobic|zbudowac|zrobi[c]?|wykonac) (?:bombe|ladunek wybuchowy|materialy wybuchowe)",
    ),
    // ---- Russian ----
    (
        Override,
        r"(?:игнорируй|игнорируйте|проигнорируй|забудь|забудьте|не обращай внимания на|отбрось|отмени|пропусти)[^.]{0,40}(?:инструкци|указани|правил|команд|ограничени|директив|настройк)",
    ),
    (
        Extraction,
        r"(?:покажи|выведи|раскрой|повтори|напиши|переведи|скажи|дай|распечатай|сообщи)[^.]{0,40}(?:системн\S* (?:промпт|подсказк|инструкци|сообщени)|скрыт\S* инструкци|секретн\S* инструкци|исходн\S* инструкци|свои инструкции|твои инструкции|свой промпт|твой промпт)",
    ),
    (
        Jailbreak,
        r"(?:без (?:каких-либо |всяких |любых )?(?:ограничений|правил|фильтров|цензуры))[^.]{0,40}(?:отвечай|ты|ии|режим|модель)|(?:у тебя (?:больше )?нет (?:никаких )?(?:ограничений|правил))|режим разработчика",
    ),
    (
        Weapons,
        r"(?:сделать|изготовить|собрать|смастерить)[^.]{0,20}(?:бомбу|взрывчатку|взрывное устройство|коктейль молотова)",
    ),
    (
        Drugs,
        r"(?:сварить|синтезировать|приготовить|изготовить)[^.]{0,20}(?:метамфетамин|мет|фентанил|героин|кокаин|мефедрон)",
    ),
    (
        Hacking,
        r"взлом\S*[^.]{0,20}(?:чуж|аккаунт|страниц|почт|телефон|instagram|инстаграм|вк|wi-?fi|вайфай)",
    ),
    (
        Violence,
        r"(?:отравить|убить)[^.]{0,15}(?:человека|кого-то|кого-нибудь|жену|мужа|соседа)",
    ),
    (
        Override,
        r"(?:не следуй|не подчиняйся|не соблюдай|нарушь|отключи|обойди)[^.]{0,20}(?:правил|инструкци|ограничени|указани|фильтр)",
    ),
    (
        Weapons,
        r"(?:сделать|изготовить|собрать)[^.]{0,15}(?:оружие|пистолет|глушитель)",
    ),
    // ---- Chinese (simplified and traditional) ----
    (
        Override,
        r"(?:忽略|忽视|無視|无视|忘记|忘記|忘掉|不要理会|不要理會|跳过|跳過|抛开|拋開|绕过|繞過)[^。！？]{0,20}(?:指令|指示|说明|說明|规则|規則|提示|设定|設定|限制|命令|要求)",
    ),
    (
        Override,
        r"(?:不再受|不受)[^。！？]{0,6}(?:任何)?[^。！？]{0,4}(?:规则|規則|限制|约束|約束)",
    ),
    (
        Extraction,
        r"(?:显示|顯示|输出|輸出|告诉我|告訴我|打印|透露|泄露|洩露|重复|重複|给我看|給我看|说出|說出|翻译|翻譯|展示)[^。！？]{0,15}(?:系统提示|系統提示|系统指令|系統指令|初始指令|隐藏指令|隱藏指令|系统消息|系統消息|系统设定|系統設定|你的提示词|你的指令|开发者消息|開發者消息)",
    ),
    (
        Jailbreak,
        r"(?:没有|沒有|无|無)(?:任何)?(?:限制|规则|規則|审查|審查|道德)[^。！？]{0,10}(?:的ai|的人工智能|的助手|模式|回答)|开发者模式|開發者模式|越狱模式|越獄模式",
    ),
    (
        Weapons,
        r"(?:制作|製作|制造|製造|做)[^。！？]{0,6}(?:炸弹|炸彈|爆炸物|炸药|炸藥|燃烧弹)",
    ),
    (
        Drugs,
        r"(?:制作|製作|制造|製造|合成|提炼)[^。！？]{0,6}(?:冰毒|甲基苯丙胺|海洛因|可卡因|芬太尼|毒品)",
    ),
    (
        Hacking,
        r"(?:黑进|入侵|破解|盗取|盜取)[^。！？]{0,10}(?:账号|帳號|邮箱|郵箱|手机|手機|密码|密碼|微信)",
    ),
    // ---- Japanese ----
    (
        Override,
        r"(?:以前|前|これまで|上記|元|最初|今まで|すべて|全て)の?(?:指示|命令|ルール|指令|設定|制約|プロンプト)[^。！？]{0,10}(?:無視|忘れ|破棄|従わ)",
    ),
    (
        Override,
        r"(?:ルール|指示|制約|制限)(?:は|を)(?:すべて|全て)?(?:忘れ|無視)",
    ),
    (
        Extraction,
        r"(?:システムプロンプト|システムメッセージ|初期指示|隠された指示|隠し指示|最初の指示|元の指示)[^。！？]{0,15}(?:教えて|表示|出力|見せて|書いて|繰り返|開示|翻訳)",
    ),
    (
        Jailbreak,
        r"(?:制限|ルール|検閲|規制)の?(?:ない|なし|無い)[^。！？]{0,10}(?:ai|aiとして|モード|アシスタント)|開発者モード|何でも答え",
    ),
    (
        Weapons,
        r"(?:爆弾|爆発物|火炎瓶)の?(?:作り方|製造方法)|(?:爆弾|爆発物)を(?:作|製造)",
    ),
    // ---- Korean ----
    (
        Override,
        r"(?:이전|앞의|위의|모든|기존|원래)[^.!?]{0,6}(?:지시|명령|지침|규칙|지시사항|프롬프트|제한)[^.!?]{0,8}(?:무시|잊어|잊고|따르지)",
    ),
    (
        Extraction,
        r"(?:시스템 ?프롬프트|시스템 ?메시지|초기 ?지시|숨겨진 ?지시|원래 ?지시)[^.!?]{0,15}(?:보여|알려|출력|공개|반복|말해|번역)",
    ),
    (
        Jailbreak,
        r"(?:제한|규칙|검열)(?:이|은)? ?(?:없는|없이)[^.!?]{0,10}(?:ai|모드|답|대답)|개발자 ?모드",
    ),
    (
        Weapons,
        r"(?:폭탄|폭발물|화염병)[^.!?]{0,10}(?:만드는|만들|제조)",
    ),
    // ---- Turkish ----
    (
        Override,
        r"\b(?:onceki|tum|butun|eski|orijinal|sistem)\b[^.]{0,20}\b(?:talimatlari|talimatlarini|komutlari|kurallari|kurallarini|yonergeleri|kisitlamalari)\b[^.]{0,20}\b(?:yok say|gormezden gel|unut|dikkate alma|atla)",
    ),
    (
        Override,
        r"\b(?:talimatlari|kurallari|kisitlamalari)\b[^.]{0,10}\b(?:unut|yok say|gormezden gel)",
    ),
    (
        Extraction,
        r"\b(?:sistem istemini|sistem istemi|sistem komutlarini|gizli talimatlarini|gizli talimatlar|ilk talimatlarini|sistem mesajini)\b[^.]{0,30}\b(?:goster|yaz|soyle|tekrarla|ver|paylas|cevir|acikla)",
    ),
    (
        Jailbreak,
        r"\b(?:hicbir |herhangi bir )?(?:kisitlama|sinir|kural|filtre|sansur)(?:sizsin|siz|lar olmadan| olmadan|in yok|lar yok)\b|\bgelistirici modu\b",
    ),
    (
        Weapons,
        r"\b(?:bomba|patlayici)\b[^.]{0,20}\b(?:yapimi|yapmak|nasil yapilir|yap)",
    ),
    // ---- Arabic ----
    (
        Jailbreak,
        r"(?:أجب|اجب|رد)[^.؟!]{0,20}(?:بدون|بلا|دون) (?:أي |اي )?(?:قيود|قواعد|رقابة|حدود)",
    ),
    (
        Override,
        r"(?:تجاهل|انس|إنس)[^.؟!]{0,10}(?:كل ما|جميع ما|ما) (?:قيل|قلته|أخبرت|طلب)",
    ),
    (
        Override,
        r"(?:تجاهل|تجاهلي|انس|انسى|إنس|اتجاهل|تخط|تخطى|لا تتبع)[^.؟!]{0,25}(?:التعليمات|الأوامر|الاوامر|القواعد|الإرشادات|الارشادات|القيود|التوجيهات)",
    ),
    (
        Extraction,
        r"(?:اكشف|أظهر|اظهر|اعرض|اطبع|كرر|أخبرني|اخبرني|قل لي|ترجم|أعطني|اعطني)[^.؟!]{0,25}(?:موجه النظام|تعليمات النظام|رسالة النظام|التعليمات المخفية|التعليمات السرية|تعليماتك|موجهك)",
    ),
    (
        Jailbreak,
        r"(?:بدون|بلا|دون) (?:أي |اي )?(?:قيود|قواعد|رقابة|حدود|فلاتر)[^.؟!]{0,30}(?:أجب|اجب|أنت|انت|وضع)|وضع المطور",
    ),
    (
        Weapons,
        r"(?:صنع|تصنيع|صناعة|تحضير)[^.؟!]{0,10}(?:قنبلة|متفجرات|عبوة ناسفة)",
    ),
    // ---- round b1: harmful acts in several languages ----
    (
        // Poisoning or killing someone without being found out (zh, ja).
        Violence,
        r"(?:毒死|下毒|投毒|杀死|杀掉|弄死|谋杀|毒殺|殺す|殺害)[^。？！]{0,20}(?:不被发现|不被察觉|查不出|不留痕迹|神不知鬼不觉|バレずに|バレない|気づかれずに|検出されない)|(?:不被发现|不被察觉|神不知鬼不觉|不留痕迹|バレずに|バレない|気づかれずに)[^。？！]{0,20}(?:毒死|下毒|投毒|杀死|杀掉|弄死|谋杀|毒殺|殺す|殺害)",
    ),
    (
        // Poisoning someone (de, fr, es, it, pt, nl, pl) with a person as object.
        Violence,
        r"\b(?:vergiften|vergifte|empoisonner|empoisonne|envenenar|envenene|avvelenare|avveleno|vergiftigen|vergiftig|otruc|otruc)\b[^.?]{0,30}\b(?:jemanden|meine[nmr]?|meinen|quelqu'un|ma |mon |alguien|a mi|mi |qualcuno|mia |mio |alguem|minha|meu|iemand|mijn|kogos|moja|mojego|moja)\b",
    ),
    (
        // Tracking or spying on a partner's phone (it, es, fr, pt, de, nl, pl).
        Stalking,
        r"\b(?:rintracciare|localizzare|spiare|controllare di nascosto|rastrear|localizar|espiar|espionner|localiser|pister|surveiller|traquer|orten|uberwachen|ausspionieren|tracken|volgen|bespioneren|namierzyc|sledzic|szpiegowac)\b[^.?]{0,40}\b(?:mia moglie|mio marito|mia ragazza|mio ragazzo|la mia ex|il mio ex|mi esposa|mi esposo|mi marido|mi novia|mi novio|mi ex|ma femme|mon mari|ma copine|mon copain|mon ex|minha esposa|meu marido|minha namorada|meu namorado|meiner frau|meines mannes|meine frau|meinen mann|meiner freundin|meines freundes|meiner ex|mijn vrouw|mijn man|mijn vriendin|mijn ex|mojej zony|mojego meza|mojej dziewczyny|mojego chlopaka|mojej bylej)\b|\b(?:senza che (?:lei|lui) (?:lo sappia|se ne accorga)|sin que (?:ella|el) (?:lo sepa|se entere|se de cuenta)|sans qu'(?:elle|il) (?:le sache|s'en rende compte)|sem que (?:ela|ele) (?:saiba|perceba)|ohne dass (?:sie|er) es (?:merkt|weiss)|zonder dat (?:ze|hij) het (?:weet|merkt)|bez (?:jej|jego) wiedzy)\b[^.?]{0,40}\b(?:telefono|cellulare|movil|celular|telephone|portable|handy|telefoon|telefon)\b",
    ),
    (
        Stalking,
        r"\b(?:telefono|cellulare|movil|celular|telephone|portable|handy|telefoon|telefon)\b[^.?]{0,40}\b(?:senza che (?:lei|lui) (?:lo sappia|se ne accorga)|sin que (?:ella|el) (?:lo sepa|se entere)|sans qu'(?:elle|il) (?:le sache|s'en rende compte)|sem que (?:ela|ele) (?:saiba|perceba)|ohne dass (?:sie|er) es (?:merkt|weiss)|zonder dat (?:ze|hij) het (?:weet|merkt)|bez (?:jej|jego) wiedzy)",
    ),
    (
        // Breaking into another person's account (pl, it, pt, nl, tr).
        Hacking,
        r"\b(?:wlamac sie|wlamanie|zhakowac|shakowac|przejac|hackerare|entrare nel|violare|invadir|hackear|entrar na|inbreken|hacken|kraken|hacklemek|hackle|girmek)\b[^.?]{0,30}\b(?:konto|skrzynke|poczte|telefon|account|profilo|conta|telefone|e-?mail|instagram|facebook|whatsapp|hesab\w*|wifi)\b[^.?]{0,40}\b(?:mojego|mojej|jego|jej|szefa|sasiada|bylej|bylego|di mia|di mio|del mio|della mia|di un'?altra|dell'ex|da minha|do meu|de outra|van mijn|van iemand|van de buren|birinin|arkadasimin|sevgilimin|eski)",
    ),
    (
        // Dutch: making a bomb or explosive (any word order).
        Weapons,
        r"\b(?:maak|maakt|bouw|bouwt|maken|bouwen|fabriceer|fabriceren)\b[^.?]{0,20}\b(?:bom(?:$|[^ a-z]| [^v]| v[^a]| van [^b])|(?:bommen|pijpbom|explosief|explosieven|springstof|molotovcocktail|autobom)\b)",
    ),
    (
        // Korean: "ignore/forget the rules" without a qualifier (object particle form).
        Override,
        r"(?:지시|명령|지침|규칙|지시사항|프롬프트|제한|가이드라인|안전 ?규칙)(?:들)?(?:을|를|은|는)? ?(?:모두 |전부 |다 |전혀 )?(?:무시|잊어|잊고|따르지 ?마|따르지 ?말)",
    ),
    // ---- round b3 ----
    (
        // Undetectable poison (es, pt, fr, it, de, pl).
        Violence,
        r"\b(?:veneno|venenos|poison|poisons|veleno|veleni|gift|giftstoff|trucizna|trucizny|vergif)\b[^.?]{0,30}\b(?:indetectable|indetectavel|irrastreable|introuvable|non rilevabile|irrintracciabile|nicht nachweisbar|unauffindbar|niewykrywaln\w*|en una autopsia|numa autopsia|em uma autopsia|dans une autopsie|bei einer autopsie|in un'autopsia|nell'autopsia|sin dejar rastro|sem deixar rastro|sans laisser de trace|senza lasciare traccia|ohne spuren)",
    ),
    (
        // Home-made or untraceable firearms (fr, es, it, pt, de).
        Weapons,
        r"\b(?:arme a feu|arme|pistolet|fusil|arma de fuego|arma|pistola|fucile|espingarda|waffe|schusswaffe|pistole|gewehr)\b[^.?]{0,20}\b(?:artisanale?|introuvable|non tracable|sans numero de serie|casera|artesanal|irrastreable|fatta in casa|rudimentale|non rintracciabile|caseira|selbstgebaut\w*|selbst gebaut\w*|nicht ruckverfolgbar)\b",
    ),
    (
        // Producing hard drugs (it, es, pt, fr).
        Drugs,
        r"\b(?:produrre|produce|preparare|prepara|sintetizzare|cucinare|fabbricare|fabricar|producir|preparar|sintetizar|cocinar|fazer|produzir|fabriquer|produire|synthetiser|cuisiner)\b[^.?]{0,20}\b(?:la |il |l'|el |a |o |du |de la |de |des )?(?:metanfetamina|methamphetamine|metanfetamine|meth|cocaina|cocaine|eroina|heroina|heroine|fentanil|fentanyl|fentanilo|fentanila|mdma|lsd|crack|ghb|ketamina|anfetamina|amphetamine)\b",
    ),
    (
        // Breaking into another person's account (ja, zh, ko).
        Hacking,
        r"(?:他人|他の人|元カノ|元彼|彼女|彼氏|妻|夫|上司|同僚|誰か)の[^。？]{0,20}(?:アカウント|スマホ|携帯|メール|パスワード)[^。？]{0,10}(?:侵入|ハッキング|ハック|乗っ取|不正アクセス)|(?:别人|他人|前任|女朋友|男朋友|老婆|老公|同事|老板)的[^。？]{0,15}(?:账号|账户|帐号|手机|邮箱|微信|密码)[^。？]{0,10}(?:入侵|黑进|破解|盗取|盗号)|(?:다른 사람|남의|전 여자친구|전 남자친구|여자친구|남자친구|아내|남편)(?:의)? ?[^.?]{0,15}(?:계정|휴대폰|핸드폰|이메일|비밀번호)[^.?]{0,10}(?:해킹|침입|뚫|탈취)",
    ),
    (
        // Turkish: hacking another person's account.
        Hacking,
        r"\b(?:baskasinin|birinin|sevgilimin|eski sevgilimin|esimin|kocamin|karimin|arkadasimin|patronumun)\b[^.?]{0,30}\b(?:hesab\w*|telefon\w*|instagram\w*|whatsapp\w*|e-?posta\w*|sifre\w*)\b[^.?]{0,20}\b(?:hack\w*|ele gecir\w*|kir\w*|cal\w*)",
    ),
    // ---- round b4 ----
    (
        // Spanish: into a named other person's mail or account.
        Hacking,
        r"\b(?:entrar|acceder|meterme|hackear|piratear)\b[^.?]{0,10}\b(?:en |a )?(?:el |la |los )?(?:correo|cuenta|email|e-mail|telefono|movil|celular|whatsapp|instagram|facebook|ordenador|computadora)\b[^.?]{0,10}\bde (?:mi (?:jefe|jefa|ex|esposa|esposo|novia|novio|vecino|vecina|pareja|companero|companera|hermano|hermana)|otra persona|alguien)\b",
    ),
    (
        // French: reading a partner's messages.
        Stalking,
        r"\b(?:lire|voir|acceder a|espionner|pirater|surveiller|intercepter)\b[^.?]{0,20}\b(?:les |aux )?(?:messages|sms|mails|e-mails|conversations|textos)\b[^.?]{0,10}\bde (?:ma femme|mon mari|ma copine|mon copain|mon ex|ma compagne|mon compagnon|mon patron|ma patronne)\b",
    ),
    (
        // Dutch: a partner's phone followed or read in secret.
        Stalking,
        r"\b(?:telefoon|gsm|mobiel|locatie|berichten|whatsapp) van (?:mijn (?:vrouw|man|vriendin|vriend|ex|partner)|iemand)\b[^.?]{0,30}\b(?:stiekem|heimelijk|volgen|bespioneren|lezen|hacken|tracken)",
    ),
    (
        // Russian: making hard drugs.
        Drugs,
        r"(?:сделать|приготовить|синтезировать|изготовить|сварить|производить|получить)[^.?]{0,20}(?:метамфетамин|героин|кокаин|фентанил|мдма|амфетамин|мефедрон)",
    ),
    (
        // A partner's phone or messages, object first, then the covert verb (de, it, es, fr, pt).
        Stalking,
        r"\b(?:handy|telefon|smartphone|telefono|cellulare|movil|celular|telephone|portable|whatsapp|nachrichten|messaggi|mensajes|mensagens|standort|posizione|ubicacion|localisation)\b[^.?]{0,10}\b(?:meiner frau|meines mannes|meiner freundin|meines freundes|meiner ex|meines ex|meiner partnerin|di mia moglie|di mio marito|della mia ragazza|del mio ragazzo|della mia ex|de mi esposa|de mi esposo|de mi novia|de mi novio|de mi ex|de mi pareja|de ma femme|de mon mari|de ma copine|de mon copain|de mon ex|da minha esposa|do meu marido|da minha namorada|do meu namorado)\b[^.?]{0,30}\b(?:heimlich|orten|uberwachen|ausspionieren|tracken|mitlesen|hacken|spiare|rintracciare|localizzare|leggere di nascosto|espiar|rastrear|localizar|leer a escondidas|espionner|localiser|pister|en cachette|rastrear|escondido)",
    ),
    // ---- round b5: kinds in all thirteen languages ----
    (
        // Writing malware: a write/create verb, at most a few words, a malware noun.
        Malware,
        r"\b(?:schreib\w*|programmier\w*|erstell\w*|entwickel\w*|ecri[st]\w*|ecrire|code[rz]?|cree[rz]?|creer|programme[rz]?|developpe[rz]?|escrib\w*|crea\w*|programa\w*|desarrolla\w*|hazme|scriv\w*|sviluppa\w*|escrev\w*|cri[ea]\w*|desenvolv\w*|faca|schrijf|maak|programmeer|bouw|napisz\w*|napisac|stworz\w*|zaprogramuj|zrob|yaz\w*|olustur\w*|gelistir\w*)\b (?:(?:mir|moi|me|mi|um|uma|een|un|une|uno|una|ein|einen|eine|a|an|el|il|le|la|o|en|in|w|na|bir|python|c\+\+|c|java|powershell|javascript|bash|simple|simples|einfach\w*|kleine\w*|petit|pequeno|piccolo|prosty|basit|programa|programm|skript|script) ){0,3}(?:ransomware|keylogger\w*|erpressungstrojaner|trojaner|schadsoftware|rancongiciel|cheval de troie|logiciel malveillant|troyano|programa malicioso|cavallo di troia|cavalo de troia|zlosliwe oprogramowanie|fidye yazilimi|kotu amacli yazilim|truva ati|malware|spyware|stealer|botnet)\b|\b(?:schreib\w*|programmier\w*|ecri[st]\w*|escrib\w*|scriv\w*|escrev\w*|napisz\w*|yaz\w*|schrijf) (?:mir |moi |me |mi |um |een |un |une |uno |una |ein |einen |eine )?(?:virus|wurm|ver informatique|gusano|verme|worm|wirus|virus\w*)\b",
    ),
    (
        Malware,
        r"(?:напиши|написать|создай|создать|сделай|сделать|разработай|разработать|закодь) _g2_(?:вирус(?:[ -]|$|[,.!?])|-вымогател|шифровальщик|кейлоггер|троян|малвар|вредонос|стилер|ботнет)|(?:写|编写|制作|开发|做)[^。？?]{0,6}(?:勒索软件|勒索病毒|木马|病毒|键盘记录器|恶意软件)|(?:ランサムウェア|マルウェア|ウイルス|キーロガー|トロイの木馬)[^。？?]{0,6}(?:を作|を書|を開発|の作り方)|(?:랜섬웨어|악성코드|바이러스|키로거|트로이목마)[^.?]{0,6}(?:만들|작성|개발|짜)|(?:اكتب|أنشئ|انشئ|برمج|اصنع)[^.?؟]{0,12}(?:برنامج فدية|فيروس|برمجيات خبيثة|كيلوجر|حصان طروادة)",
    ),
    (
        // Files encrypted and a ransom asked: ransomware in any words.
        Malware,
        r"\b(?:schreib\w*|programmier\w*|ecri[st]\w*|escrib\w*|scriv\w*|escrev\w*|napisz\w*|yaz\w*|schrijf|cree[rz]?|crea\w*|cri[ea]\w*|code[rz]?)\b[^.?]{0,40}\b(?:cifr\w*|critt\w*|cript\w*|chiffr\w*|verschlussel\w*|encrypt\w*|szyfr\w*|sifrel\w*|versleutel\w*)\b[^.?]{0,80}\b(?:riscatto|rescate|rancon|resgate|losegeld|okup|fidye|ransom|losgeld)\b|(?:напиши|написать|создай|создать)[^.?]{0,40}(?:шифру|зашифр)[^.?]{0,60}выкуп",
    ),
    (
        // Credential theft from someone's browser.
        Malware,
        r"\b(?:passworter|kennworter|zugangsdaten|mots de passe|contrasenas|password salvate|senhas|hasla|wachtwoorden)\b _g6_(?:auslies\w*|ausles\w*|stiehlt|klaut|abgreift|extrai\w*|vole|roba|rouba|kradnie|steelt)\b",
    ),
    (
        // Impersonating a bank or service in a message (the credential ask is matched separately).
        Impersonate,
        r"\b(?:im namen (?:der|von|des)|au nom (?:de|du|de la)|en nombre (?:de|del)|a nome (?:di|della|del)|em nome (?:de|do|da)|w imieniu|podszywajac\w* sie pod|namens)\b|\b(?:gefalscht\w*|falsch\w*|fake) (?:e-?mail|nachricht|sms)\b|\b(?:faux|fausse) (?:e-?mail|mail|message|sms|site)\b|\b(?:e-?mail|correo|mensaje|mensagem|messaggio|sms|pagina|site) (?:falso|falsa) (?:del|de la|do|da|della|dal|de)\b",
    ),
    (
        CredLure,
        r"\b(?:fragt|fragen|nach der|nach dem|nach seiner|nach ihrer|demandant|demande|pidiendo|pide|solicitando|chiedendo|chiede|pedindo|pede|solicitando|prosi o|prosz\w* o|zeby ktos podal mi|podal mi|poda\w* mi swoje)\b _g3_(?:pin|passwort|kennwort|zugangsdaten|mot de passe|identifiants|code|contrasena|clave|datos de la tarjeta|password|credenziali|dati della carta|senha|dados do cartao|haslo|hasla|pin-?u|pinu)\b",
    ),
    (
        // Phishing named outright, with a write verb.
        Fraud,
        r"\b(?:schreib\w*|erstell\w*|verfass\w*|ecri[st]\w*|redige\w*|cree[rz]?|escrib\w*|crea\w*|redacta\w*|scriv\w*|escrev\w*|cri[ea]\w*|redija|napisz\w*|stworz\w*|schrijf|maak|yaz\w*|olustur\w*)\b _g3_phishing[- ]?(?:e-?mail|mail|nachricht|sms|seite|page|pagina|site|website|kampagne|campaign|message|mensaje|mensagem|messaggio|wiadomosc\w*|bericht|correo|mesaj\w*)",
    ),
    (
        // Intrusion into a third person's phone, account or card (pt, it, pl).
        Hacking,
        r"\b(?:invadir|hackear|clonar|acessar|entrar no|entrar na|espionar)\b _g2_(?:celular|telefone|telemovel|conta|e-?mail|whatsapp|instagram|facebook|computador|cartao de credito|cartao)\b _g2_(?:da minha|do meu|de outra pessoa|de alguem|dela|dele|de um|de uma)\b|\b(?:entrare|accedere|hackerare|violare|bucare)\b _g3_(?:account|email|e-mail|telefono|cellulare|profilo|whatsapp|instagram)\b _g3_(?:di un'altra persona|di un altro|di qualcuno|di mio|di mia|altrui|della mia|del mio|dei miei)\b|\b(?:wlamac|wlamac sie|zhakowac|shakowac|wlamywac sie)\b _g2_(?:telefon\w*|kont\w*|skrzynk\w*|poczt\w*|komputer\w*|whatsapp\w*|instagram\w*|facebook\w*)\b _g2_(?:mojej|mojego|czyjes|czyjegos|cudz\w*|innej osoby|kogos|szefa|sasiada|zony|meza|dziewczyny|chlopaka|bylej|bylego)",
    ),
    (
        Hacking,
        r"(?:他人|人|彼女|彼氏|妻|夫|元カノ|元彼|友達|同僚|上司|隣人)の[^。？?]{0,15}(?:不正ログイン|不正アクセス|乗っ取|ハッキング|ハック|パスワードを盗)|(?:追踪|跟踪|定位|监控|偷看|窃听|监听|入侵|黑进|破解|盗取|盗用|黑掉)[^。？?]{0,6}(?:别人|他人|他|她|男朋友|女朋友|老公|老婆|前任|丈夫|妻子|同事|邻居)的",
    ),
    (
        // A neighbour's wifi cracked (de).
        Hacking,
        r"\b(?:wlan|wifi|wi-fi|w-lan|internet)[a-z-]* (?:meines|meiner|des|der|vom|von meinem|von meiner) (?:nachbarn?|nachbarin|nachbars)\b _g4_(?:knack\w*|hack\w*|klau\w*)|\b(?:knack\w*|hack\w*) _g4_(?:wlan|wifi|wi-fi)[a-z-]* (?:meines|meiner|des|vom) (?:nachbarn?|nachbarin|nachbars)\b",
    ),
    (
        // Reading a partner's messages (it, es, pt, de, pl).
        Stalking,
        r"\b(?:leggere|vedere|spiare|controllare|intercettare|leer|ver|espiar|revisar|interceptar|lesen|mitlesen|ler|czytac|przeczytac)\b _g2_(?:messaggi|chat|whatsapp|email|sms|conversazioni|mensajes|correos|conversaciones|mensagens|conversas|nachrichten|chats|wiadomosci)\b _g1_(?:di|de|do|da|meiner|meines|mojej|mojego) (?:mio |mia |mi |meu |minha |meiner |meines )?(?:marito|moglie|ragazz[oa]|fidanzat[oa]|ex|compagn[oa]|esposo|esposa|novi[oa]|pareja|marido|namorad[oa]|frau|mannes|freundin|freundes|zony|meza|dziewczyny|chlopaka)\b",
    ),
    (
        // Harassing a named person (es, fr, it, pt, de).
        Stalking,
        r"\b(?:acosar|hostigar|harceler|molestare|perseguitare|assediar|perseguir|belastigen|stalken|nekac|nekać)\b (?:a )?(?:mi|mon|ma|mio|mia|meu|minha|meine|meinen|alguien|quelqu'un|qualcuno|alguem|jemanden|moja|mojego) ",
    ),
    (
        // Poisoning a person or an animal.
        Violence,
        r"\bjemanden _g2_(?:vergiften|umbringen|toten|ermorden)\b|\bavvelen\w* _g2_(?:il cane|il gatto|mio|mia|qualcuno|una persona|il vicino|la vicina|suocer\w*)\b|\benvenenar (?:a |al |o |a minha |o meu |meu |minha )?(?:alguem|alguien|mi|perro|gato|cachorro|vecino|vizinho|sogra|suegra)\b|\bmat(?:ar|aria|e) a (?:mi|alguien|una persona|mis)\b|\b(?:iemand|mijn [a-z]+) vergiftigen\b|\bvergiftig (?:iemand|mijn)\b|\botruc (?:kogos|moja|mojego|sasiada|psa|zone|meza)\b|\b(?:birini|kocami|karimi|komsumu|komsumun kopegini) zehirle\w*|отравить (?:человека|мужа|жену|соседа|кого-то|кого-нибудь|собаку|тещу|свекровь)|(?:أسمم|تسميم) (?:شخص|زوجي|زوجتي|جاري)|(?:毒殺する方法|毒を盛る方法|毒を盛って)|(?:독살하는 방법|독을 타는 방법|독살하려)",
    ),
    (
        // Drugging a drink.
        Violence,
        r"(?:подсыпать|подмешать|подлить)[^.?]{0,30}(?:снотворное|клофелин|наркотик|яд|таблетки)|\bk\.?o\.?-?tropfen\b|\b(?:droguer|drogar|drogare) (?:quelqu'un|une fille|a alguien|a una chica|qualcuno|una ragazza|alguem)\b",
    ),
    (
        // Money laundering (ru, other languages).
        Fraud,
        r"(?:отмыть|отмывать|отмыв)[^.?]{0,10}(?:деньги|средства|доход)|\bgeld waschen\b|\b(?:blanchir|lavar|riciclare|wypra\w*) (?:de l'argent|l'argent|dinero|dinheiro|denaro|soldi|geld|pieniadze)\b",
    ),
    (
        // Selling drugs, named as a harm topic (blocks with an evasion phrase).
        HarmTopic,
        r"\b(?:vender|vendre|vendere|verkaufen|sprzedawac|dealen|verkopen) (?:drogas?|drogue|drogues|droghe|drogen|narkotyki)\b",
    ),
    (
        EvadeCapture,
        r"\bsin que me (?:atrapen|pillen|descubran|cojan)\b|\bsans (?:me faire prendre|etre pris|laisser de trace)\b|\bsenza (?:farmi (?:beccare|scoprire)|essere scoperto|lasciare tracce)\b|\bsem (?:ser pego|ser descoberto|deixar rastro)\b|\bohne erwischt zu werden\b|\bbez wpadki\b",
    ),
    (
        // Fake prescriptions and fake identity papers with a make verb.
        Fraud,
        r"\b(?:fausse|fausses) ordonnances?\b|\breceta (?:medica )?falsa\b|\bricetta (?:medica )?falsa\b|\breceita (?:medica )?falsa\b|\bfalsche\w* rezept\w*|\bgefalscht\w* rezept\w*|\b(?:zrobic|zrob|wykonac|podrobic|machen|herstellen|erstellen|falschen|faire|fabriquer|creer|hacer|fabricar|crear|falsificar|fare|creare|falsificare|fazer|criar)\b _g2_(?:falszyw\w*|podrobion\w*|gefalscht\w*|falsch\w*|faux|fausse) (?:dowod\w*|paszport\w*|prawo jazdy|ausweis\w*|personalausweis|reisepass|fuhrerschein|papiers|passeport|permis de conduire|carte d'identite|documento|pasaporte|dni|carnet|passaporto|patente|carta d'identita|identidade|passaporte|carteira de motorista)\b|\b(?:hacer|fabricar|crear|fare|creare|fazer|criar)\b _g2_(?:documento|pasaporte|dni|carnet|passaporto|patente|carta d'identita|identidade|passaporte|carteira de motorista)s? (?:falso|falsa|falsi|false|falsos|falsas)\b",
    ),
    (
        // Firearms without a permit or impossible to trace.
        Weapons,
        r"\b(?:acheter|obtenir|procurer|fabriquer|construire|comprar|conseguir|hacer|fabricar|comprare|procurarmi|procurarsi|costruire|kaufen|besorgen|bauen|herstellen|kupic|zdobyc|zrobic|fazer|arranjar)\b _g4_(?:arme|armes|arma|armas|armi|waffe|waffen|pistolet|pistola|fucile|fusil|gewehr|bron)\b _g6_(?:sans permis|sans licence|sin licencia|sin permiso|senza porto d'armi|senza licenza|ohne waffenschein|ohne erlaubnis|sem porte|sem registro|bez pozwolenia|impossible a tracer|intracable|non tracable|imposible de rastrear|irrintracciabile|nicht ruckverfolgbar|sem rastro)\b",
    ),
    (
        // German word order "wie stelle ich X her".
        Drugs,
        r"\b(?:stelle|stellt|stellen|koche|kocht|kochen|mache|macht) (?:ich|man|wir) _g2_(?:meth|crystal|methamphetamin|fentanyl|heroin|kokain|mdma|lsd|amphetamin|ghb)\b",
    ),
    (
        // Company data sent to a private address (de, fr, es, it, pt).
        ToolAbuse,
        r"\b(?:kundendaten|kundenliste|personaldaten|gehaltsdaten|mitarbeiterdaten|crm-daten|clients|fichier clients|base clients|donnees clients|datos de clientes|base de clientes|dati dei clienti|dados dos clientes|dane klientow)(?:\.csv|\.xlsx)?\b _g6_(?:an meine (?:private|personliche|eigene)|an meine gmail|an eine externe|adresse perso|adresse personnelle|mon gmail|boite perso|mail perso|mi correo personal|mi email personal|mi gmail|mia email personale|mia mail personale|meu email pessoal|meu e-mail pessoal|moj prywatny)",
    ),
    (
        // Instructions received before the conversation.
        Extraction,
        r"\b(?:consignes|instructions|regles|directives)\b _g4_(?:donnees|recues|donne|fournies) _g2_avant (?:notre|cette|la) (?:conversation|discussion|echange|chat)\b|\b(?:instrucciones|indicaciones|reglas)\b _g3_(?:te dieron|te han dado|recibiste|has recibido) _g2_antes de (?:hablar|esta|nuestra|la)\b|\b(?:istruzioni|regole|direttive)\b _g3_(?:hai ricevuto|ti hanno dato|ti sono state date) _g2_prima di (?:questa|parlare|iniziare|della)\b|\b(?:instrucoes|regras)\b _g3_(?:recebeu|te deram|lhe deram|voce recebeu) _g2_antes (?:de|da)\b|\b(?:was steht in|zitiere|zitier|wiederhole|zeig mir|gib mir|nenne mir|verrate mir) (?:deinen|deine|ihren|ihre) (?:ursprunglichen|geheimen|versteckten|internen) (?:anweisungen|instruktionen|vorgaben|regeln)\b|\bvor meiner ersten nachricht\b|(?:最初に|事前に|会話の前に)(?:受け取った|与えられた|渡された|もらった)(?:指示|命令|プロンプト|設定)",
    ),
    // ---- round b7: violence with ordinary verbs, theft, fraud, harassment ----
    (
        // A violent verb with a person as its object (verb-final: de, nl, tr).
        Violence,
        r"\b(?:jemanden|einen menschen|eine person|meinen (?:chef|nachbarn|mann|vater|bruder|sohn|ex|kollegen|schwiegervater|stiefvater|onkel|lehrer|mitschuler|vermieter|partner|freund)|meine (?:frau|mutter|schwester|tochter|ex|kollegin|nachbarin|schwiegermutter|stiefmutter|tante|chefin|lehrerin|freundin|partnerin)|ihn|sie) _g4_(?:erwurgen|erdrosseln|erstechen|erschlagen|ertranken|ersticken|umbringen|ermorden|verprugeln|zusammenschlagen|hinunterstossen|runterstossen|herunterstossen|hinunterschubsen|uberfahren|anzunden|toten|abstechen|vergiften)\b|\b(?:iemand|mijn (?:baas|buurman|buurvrouw|vrouw|man|vader|moeder|broer|zus|ex|collega|schoonmoeder|leraar|huisbaas|vriend|vriendin)) _g4_(?:wurgen|doodsteken|verdrinken|vermoorden|doden|vergiftigen|in elkaar (?:slaan|te slaan)|overrijden|omleggen|neersteken|doodslaan|van de trap duwen)\b|\b(?:birini|birisini|bir insani|kocami|karimi|esimi|komsumu|patronumu|annemi|babami|kardesimi|sevgilimi|eski sevgilimi|kayinvalidemi|mudurumu) _g2_(?:bogar\w*|bogmak|bogup|oldur\w*|bicakla\w*|zehirle\w*|dover\w*|dovmek|dovup|ezer\w*|ezmek|iterek|itip)",
    ),
    (
        // Verb, then a person (fr, es, it, pt, pl, ru).
        Violence,
        r"\b(?:etrangler|poignarder|noyer|egorger|tuer|assassiner|tabasser|frapper|pousser|etouffer|ecraser|renverser|bruler|achever|defigurer) (?:quelqu'un|une personne|un homme|une femme|un enfant|un passant|ma (?:voisine|femme|mere|belle-mere|soeur|fille|copine|collegue|patronne|ex|tante|cousine)|mon (?:voisin|mari|pere|patron|chef|frere|fils|copain|collegue|ex|beau-pere|oncle|cousin|associe))\b|\b(?:estrangular|apunalar|ahogar|atropellar|matar|asesinar|golpear|empujar|asfixiar|degollar|acuchillar|quemar|envenenar|apalear) (?:a )?(?:alguien|una persona|un hombre|una mujer|un nino|una nina|mi (?:[a-z]+ )?(?:vecin[oa]|espos[oa]|marido|mujer|padre|madre|herman[oa]|hij[oa]|novi[oa]|jefe|jefa|ex|suegr[oa]|cunad[oa]|compa\w+|socio|tio|tia|prim[oa]|abuel[oa]))\b|\b(?:strangolare|accoltellare|pugnalare|uccidere|ammazzare|picchiare|soffocare|sgozzare|massacrare|annegare|investire) (?:qualcuno|una persona|un uomo|una donna|un bambino|un pedone|(?:il |la )?mi[oa] (?:moglie|marito|socio|suocer[ao]|vicin[ao]|capo|padre|madre|fratello|sorella|figli[ao]|ex|collega|cognat[ao]|ragazz[ao]|fidanzat[ao]|zi[ao]|nonn[ao]))\b|\b(?:esfaquear|estrangular|afogar|atropelar|matar|assassinar|espancar|empurrar|sufocar|degolar|envenenar|apunhalar) (?:alguem|uma pessoa|um homem|uma mulher|uma crianca|(?:o |a )?(?:meu|minha) (?:vizinh[oa]|espos[oa]|marido|mulher|pai|mae|irma|irmao|filh[oa]|namorad[oa]|chefe|patrao|ex|sogr[oa]|cunhad[oa]|colega|socio|tio|tia|prim[oa]|avo))\b|\b(?:udusic|zadzgac|utopic|zabic|pobic|zepchnac|przejechac|dzgnac|zasztyletowac|zamordowac) (?:kogos|czlowieka|moja \w+|mojego \w+|moja|tesciowa|sasiada|sasiadke|zone|meza|szefa|brata|siostre|ojca|matke|bylego|byla)\b",
    ),
    (
        Violence,
        r"(?:задушить|зарезать|утопить|столкнуть|убить|избить|сбить|пырнуть|застрелить|придушить|прирезать|забить|замочить) (?:человека|кого-то|кого-нибудь|кого-либо|мужа|жену|соседа|соседку|тещу|тёщу|свекровь|начальника|босса|ребенка|ребёнка|девушку|парня|брата|сестру|отца|мать|бывшую|бывшего|коллегу|прохожего)",
    ),
    (
        // Chinese, Japanese, Korean, Arabic: a person and a violent act.
        Violence,
        r"(?:杀死|杀掉|弄死|掐死|勒死|淹死|捅死|毒死|害死|撞死|打死|推下)(?:一个人|别人|某人|他|她|我的|邻居|老公|老婆|丈夫|妻子|同事|老板|婆婆|岳母)|把(?:人|他|她|别人|邻居|老板|同事|老公|老婆|丈夫|妻子)(?:推下|推到|杀|掐死|勒死|淹死|打死|撞死|毒死|捅)|(?:人|彼|彼女|夫|妻|上司|同僚|隣人|元カノ|元彼|母|父|姑|義母)を[^。？?]{0,8}(?:殺|絞め|突き落と|溺れさせ|刺し|轢|殴り倒|毒殺)|(?:사람|남편|아내|이웃|상사|동료|전 여자친구|전 남자친구|누군가)(?:을|를) [^.?]{0,10}(?:죽이|죽일|목을 조르|밀어 떨어|찌르|찔러|때려|독살|익사)|(?:أقتل|اقتل|أخنق|اخنق|أطعن|اطعن|أغرق|اغرق|أدهس|ادهس|أضرب|اضرب) (?:شخص|شخصا|زوجي|زوجتي|جاري|جارتي|أخي|أختي|اختي|مديري|زميلي|أحدا|احدا|رجلا|امرأة)",
    ),
    (
        // "So it looks like an accident", in every language.
        Violence,
        r"\b(?:wie ein unfall aussieht|wie ein unfall aussehen|nach einem unfall aussieht|als unfall tarnen|comme un accident|ressemble a un accident|passer pour un accident|parezca un accidente|parecer un accidente|como un accidente|sembri un incidente|sembrare un incidente|come un incidente|pareca um acidente|parecer um acidente|como um acidente|als een ongeluk (?:lijkt|uitziet)|op een ongeluk lijkt|wygladalo na wypadek|wygladal na wypadek|kaza gibi gorun\w*)\b|(?:выглядело как несчастный случай|выглядело как случайность|как несчастный случай|看起来像意外|看起来像是意外|伪装成意外|像是意外|事故に見せかけ|事故に見える|사고처럼 보이|사고로 위장|تبدو كحادث|يبدو كحادث)",
    ),
    (
        // Evasion phrases (nl, ru, zh, ja, ko, tr, ar; more es forms).
        EvadeCapture,
        r"\bzonder (?:dat )?(?:iemand|de [a-z]+|het [a-z]+|mijn [a-z]+|ze|hij|zij) _g2_(?:het )?(?:merkt|ontdekt|doorheeft|ziet)\b|\bzonder betrapt te worden\b|\bsin que (?:nadie|[a-z]+ )?(?:me |lo |la |nos |se )?(?:descubr|pill|atrap|pesqu|cach|enter|vea|sepa)\w*|\bsenza che nessuno (?:se ne accorga|lo sappia|mi veda)\b|\bsem que ninguem (?:perceba|saiba|descubra)\b|\bzeby nikt (?:sie )?nie (?:dowiedzial|zauwazyl|zorientowal)\b|\bzeby nie bylo sladow\b|\bnie dac sie zlapac\b|\b(?:yakalanmadan|yakalanmam|yakalanmayayim|kimse (?:fark etmeden|anlamadan))\b|(?:чтобы никто не узнал|чтобы никто не заметил|не попасться|чтобы не поймали|не оставив следов|без следов)|(?:不被发现|不被发覺|不被抓|不被察觉|不留痕迹|而不被)|(?:ばれない|バレない|捕まらない|気づかれずに|証拠を残さず)|(?:안 걸리|들키지 않|흔적 없이|걸리지 않)|(?:دون أن يكتشف|بدون أن يكتشف|دون أن يعرف أحد|دون ترك أثر)",
    ),
    (
        // Theft and fraud verbs (they block with an evasion phrase).
        CrimeVerb,
        r"\b(?:klauen|klaue|stehlen|stehle|ausrauben|einbrechen|voler|cambrioler|braquer|escroquer|arnaquer|robar|robo en|hurtar|atracar|asaltar|estafar|rubare|rubo|rapinare|scippare|truffare|roubar|roubo|furtar|assaltar|ukrasc|krasc|okrasc|oszukac|stelen|beroven|oplichten|calmak|calarim|dolandir\w*)\b|(?:украсть|своровать|ограбить|обокрасть|стащить|偷(?:别人|东西|钱|车|手机|钱包)|盗む|万引き|훔치|훔쳐|أسرق|اسرق|سرقة)",
    ),
    (
        // Shoplifting and a third person's car (ja, ko, zh).
        Crime,
        r"万引き(?:する|して|をする)[^。？?]{0,8}(?:ばれない|バレない|方法|コツ|やり方|捕まらない)|万引きの(?:コツ|やり方)|(?:남의|다른 사람의|친구의|이웃의)[^.?]{0,10}(?:훔치|훔쳐|털)|(?:훔치는|훔칠 수 있는|훔치기) 방법|(?:도둑질|절도)하는 방법|(?:怎么|如何|怎样)(?:偷|盗窃|抢劫|扒窃)",
    ),
    (
        Fraud,
        r"(?:如何|怎么|怎样|帮我|教我)[^。？?]{0,4}(?:伪造|假造|偽造)|(?:如何|怎么|怎样|帮我|教我)[^。？?]{0,8}骗取|\bbelasting (?:ontduiken|ontdoken)\b|\bsteuern (?:hinterziehen|hinterzieht)\b|\b(?:frauder le fisc|echapper au fisc)\b|\b(?:evadir|defraudar) (?:impuestos|a hacienda|al fisco)\b|\bevadere (?:le tasse|il fisco)\b|\bsonegar impostos\b|\b(?:uniknac|unikac) (?:placenia )?podatkow\b|(?:уклониться от налогов|уйти от налогов|не платить налоги)|(?:偷税漏税|逃税)|脱税(?:する方法|のやり方|したい)|탈세(?:하는 방법|하고 싶)|\bvergi kacir\w*|التهرب من الضرائب",
    ),
    (
        // Another person's property: "that isn't mine" (de, fr, es, it, pt, nl, pl).
        NotMine,
        r"\b(?:das|der|die|den) mir nicht gehort|\bqui ne m'appartient pas\b|\bque no es (?:mio|mia)\b|\bche non e (?:mio|mia)\b|\bque nao e (?:meu|minha)\b|\bdie niet van mij is\b|\bktory nie jest moj\b|\bktora nie jest moja\b",
    ),
    (
        Crime,
        r"\b(?:knack\w*|aufbrech\w*|offn\w*|durchtrenn\w*)\b _g4_(?:schloss|fahrradschloss|autotur|tur|tresor|auto)\b _g6_(?:mir nicht gehort|fremd\w*|des nachbarn|meines nachbarn)\b",
    ),
    (
        // Harassment, threats, exposure (de, fr, es, it, pt, ru, zh, ja, ar).
        Harassment,
        r"\b(?:im netz|online|im internet|offentlich) (?:blossstellen|fertigmachen|blamieren|mobben)\b|\b(?:minacciare|intimidire|ricattare) (?:qualcuno|(?:il |la )?mi[oa] [a-z]+|una persona)\b|\b(?:menacer|intimider|faire chanter) (?:quelqu'un|ma [a-z-]+|mon [a-z-]+)\b|\b(?:amenazar|intimidar|chantajear|extorsionar) (?:a )?(?:alguien|mi [a-z]+|una persona)\b|\b(?:ameacar|intimidar|chantagear|extorquir) (?:alguem|(?:o |a )?(?:meu|minha) [a-z]+)\b|\b(?:bedrohen|erpressen|einschuchtern)\b _g1_(?:jemanden|meinen [a-z]+|meine [a-z]+)\b|\b(?:jemanden|meinen [a-z]+|meine [a-z]+) _g2_(?:bedrohen|erpressen|einschuchtern|mobben|fertigmachen)\b|(?:запугать|шантажировать|травить|затравить) (?:человека|соседа|коллегу|бывшую|бывшего|одноклассника|его|её|ее)|(?:أبتز|ابتز|أهدد|اهدد|أرهب) (?:زميل|زوج|جار|صديق|شخص|أحد|حبيب|مدير)|(?:いじめて|嫌がらせして)[^。？?]{0,8}(?:辞めさせ|追い出|泣かせ)|(?:霸凌|欺负|威胁|恐吓|敲诈)(?:他|她|同事|同学|邻居|前女友|前男友|别人)",
    ),
    (
        // A third person's address or whereabouts looked up or published.
        Stalking,
        r"\b(?:veroffentlich\w*|poste\w*|teile\w*|verbreite\w*) _g2_(?:ihre|seine|deren) (?:adresse|wohnadresse|handynummer|telefonnummer|nummer|nacktbilder|fotos)\b|\b(?:averiguar|saber|encontrar|descubrir|sacar) (?:la direccion de|donde vive) (?:alguien|mi [a-z]+|una chica|un chico|esa chica|ese chico|esa persona|una persona|una mujer|un hombre|la chica|el chico|la persona|ese tipo|esa mujer)\b|\b(?:scoprire|trovare|sapere) (?:l'indirizzo di|dove abita|dove vive) (?:qualcuno|una ragazza|un ragazzo|quella ragazza|quel ragazzo|una persona|mi[oa] [a-z]+|la mia ex|il mio ex)\b|\b(?:descobrir|encontrar|saber) (?:o endereco d[eoa]|onde (?:mora|vive)) (?:alguem|uma garota|um garoto|essa garota|esse cara|uma pessoa|minha ex|meu ex|uma mulher|um homem|a menina|o menino)\b|\b(?:trouver|savoir|decouvrir) (?:l'adresse de|ou habite|ou vit) (?:quelqu'un|une fille|un mec|cette fille|ce mec|une personne|mon ex|mon [a-z]+|ma [a-z]+)\b|\b(?:herausfinden|rausfinden|finden)\b _g2_wo (?:sie|er) wohnt\b|\bwo (?:sie|er|meine ex|mein ex) wohnt\b _g4_(?:herausfinden|rausfinden|finden|auflauern)|(?:узнать|найти|вычислить|пробить) (?:домашний )?(?:адрес|где живет|где живёт)|(?:跟踪|跟蹤|监视|偷拍|人肉)(?:前女友|前男友|前妻|前夫|我的|她|他|别人|某人|一个人|同事|邻居|女孩|女生)|人肉[^。？?]{0,10}(?:住址|地址)|(?:元カノ|元彼|元妻|元夫|他人|あの人|彼女|同僚|隣人|女性|配信者)の[^。？?]{0,6}(?:住所|電話番号|勤務先|自宅)を(?:調べ|特定|探|知り)",
    ),
    // ---- round b8: discrimination, atrocity denial, disinformation, scams ----
    (
        Hate,
        r"\bwarum (?:sollten|durfen|sollen) (?:die )?(?:auslander|juden|muslime|fluchtlinge|migranten|schwarze|schwule|behinderte|roma|sinti|turken|zigeuner|araber)\b _g3_(?:kein\w*|nicht)\b|\bpourquoi (?:les )?(?:juifs|musulmans|immigres|noirs|arabes|roms|homosexuels|handicapes|etrangers|migrants) (?:ne )?(?:devraient|doivent) (?:pas|etre (?:interdits|expulses|exclus|prives|chasses))\b|\bpor que (?:los |las )?(?:judios|musulmanes|inmigrantes|negros|gitanos|gays|homosexuales|discapacitados|extranjeros|arabes) (?:no deberian|deberian ser (?:expulsados|excluidos|prohibidos))\b|\bperche (?:gli |i )?(?:ebrei|musulmani|immigrati|neri|rom|zingari|gay|disabili|stranieri) (?:non dovrebbero|dovrebbero essere (?:espulsi|esclusi|cacciati))\b|(?:почему|докажи,? что|напиши,? почему) (?:все )?(?:евреи|мусульмане|цыгане|мигранты|геи|негры|черные|чёрные|инвалиды|армяне|украинцы|чеченцы|таджики|кавказцы) (?:должны быть (?:изгнаны|выгнаны|высланы|уничтожены)|не должны|не имеют права|хуже|глупее|неполноценн)",
    ),
    (
        // Denying an atrocity in other languages.
        Misinfo,
        r"\b(?:l'holocauste|la shoah|le genocide (?:armenien|rwandais|des tutsis)) (?:n'a jamais (?:eu lieu|existe)|est un (?:mythe|mensonge|canular)|est une invention|etait un (?:mythe|canular|mensonge))\b|\b(?:der )?holocaust (?:hat )?(?:nie|niemals) (?:stattgefunden|gegeben)|\bholocaust (?:ist|war) (?:eine luge|ein mythos|erfunden)\b|\bel holocausto (?:nunca (?:ocurrio|existio|sucedio)|es un mito|fue un invento|es (?:una )?mentira)\b|\bl'olocausto (?:non (?:e )?mai (?:avvenuto|esistito)|e un mito|e un'invenzione)\b|\bo holocausto (?:nunca (?:aconteceu|existiu)|e um mito|foi inventado)\b|холокост(?:а)? (?:не было|никогда не было|выдумка|миф)",
    ),
    (
        // Mass killing of a group.
        Violence,
        r"\b(?:exterminar|aniquilar|eliminar a todos los|acabar con (?:todos )?los) (?:a )?(?:los |las |todos los )?(?:judios|musulmanes|gitanos|inmigrantes|negros|gays|homosexuales|indigenas|arabes|kurdos|chinos|mexicanos)\b|\b(?:exterminer|aneantir|eliminer) (?:les|tous les) (?:juifs|musulmans|roms|arabes|immigres|noirs|kurdes|homosexuels)\b|\bsterminare (?:gli|i|tutti gli|tutti i) (?:ebrei|musulmani|rom|zingari|immigrati|neri|gay)\b|\bexterminar (?:os|todos os) (?:judeus|muculmanos|ciganos|imigrantes|negros|gays)\b|\b(?:juden|muslime|auslander|fluchtlinge|zigeuner|roma|schwule|kurden|migranten) _g3_(?:ausrotten|vernichten|ausloschen|vergasen)\b|(?:уничтожить|истребить|вырезать) (?:всех )?(?:евреев|мусульман|цыган|мигрантов|геев|чеченцев|армян|украинцев|русских)",
    ),
    (
        // Writing fake news (a write verb, then the fake-news noun).
        Misinfo,
        r"\b(?:ecri[st]\w*|ecrire|redige\w*|cree[rz]?|invente\w*|publie\w*|escrib\w*|redacta\w*|crea\w*|inventa\w*|publica\w*|scriv\w*|inventa|escrev\w*|crie|invente|schreib\w*|erstell\w*|verfass\w*|erfind\w*|schrijf|maak|napisz\w*|stworz\w*|yaz\w*)\b _g4_(?:fausses? (?:informations?|nouvelles?)|infox|fake news|noticias? falsas?|bulos?|notizi[ae] fals[ae]|bufal[ae]|falschnachricht\w*|falschmeldung\w*|nepnieuws|falszyw\w* (?:wiadomosc\w*|artykul\w*)|sahte haber\w*)\b|\b(?:behauptet|behaupten|behauptest)\b _g6_(?:wahl|wahlen|impfung|impfstoff\w*|holocaust)\b _g4_(?:gefalscht|manipuliert|gestohlen|nie|unfruchtbar|mikrochips|erfunden)\b|\berfundenen (?:zahlen|zitaten|beweisen|statistiken)\b|(?:напиши|создай|придумай|сочини) (?:фейк|фейковую новость|ложную новость|фейковую статью)|(?:写|编|编造|制造)[^。？?]{0,6}(?:假新闻|谣言)|(?:フェイクニュース|デマ)を(?:書いて|作って|流)|(?:اكتب|أنشئ|انشئ)[^.?؟]{0,10}(?:أخبار كاذبة|خبر كاذب|خبرا كاذبا)",
    ),
    (
        // Defrauding people (it, de, fr, es, pt, nl, pl, ru, zh, ja, ar).
        Fraud,
        r"\b(?:fregare|truffare|raggirare|imbrogliare) (?:i|gli|le|un|una|qualcuno|la gente|le persone|turisti|anziani|clienti)\b|\b(?:leute|menschen|rentner|altere leute|touristen|kunden|jemanden|omas?) _g4_(?:um (?:ihr|sein|das) geld )?(?:betrugen|abzocken|uber(?:s| das) ohr hauen)\b|\b(?:arnaquer|escroquer) (?:des|les|un|une|quelqu'un|personnes|touristes|personnes agees|retraites)\b|\b(?:estafar|timar) (?:a )?(?:la gente|gente|personas|turistas|ancianos|alguien|mis|jubilados)\b|\b(?:enganar|aplicar (?:um )?golpe (?:em|nos|nas)) (?:idosos|pessoas|turistas|alguem|aposentados)\b|\b(?:mensen|toeristen|ouderen|bejaarden) _g3_oplichten\b|\b(?:oszukac|naciagnac) (?:ludzi|turystow|emerytow|kogos|ubezpieczyciela|starsze osoby)\b|\bwyludzic\b|(?:обмануть|развести|кинуть) (?:пенсионеров|людей|стариков|туристов|клиентов|бабушек)|骗(?:老人|别人|人|游客)的钱|(?:他人|人|彼女|彼氏|妻|夫|元カノ|元彼|友達|同僚|上司|隣人)の[^。？?]{0,15}(?:アカウント|スマホ|携帯|メール)に(?:ログイン|侵入|入る|アクセス)|诈骗(?:老人|别人)|騙して(?:お金|金)|(?:أحتال على|احتال على|نصب على)",
    ),
    (
        // Japanese: "break / ignore your rules" (seen once 教えて became a request cue).
        Override,
        r"(?:ルール|規則|制限|ガイドライン|指示|制約)を(?:破って|破り|無視して|無視し|忘れて|外して|解除して)",
    ),
    // ---- round b9: by kind ----
    (
        // A private person's identifiers or records by relation (de, fr, es, it, pt, ru, zh).
        Stalking,
        r"\b(?:handynummer|telefonnummer|privatnummer|privatadresse|wohnadresse|private adresse|krankenakte|sozialversicherungsnummer|steuer-?id|geburtsdatum|kontonummer|diagnose|medikamente)\b (?:meines|meiner|von meinem|von meiner) (?:[a-z-]+ )?(?:vermieters?|vermieterin|nachbarn?|nachbarin|chefs?|chefin|kollegen|kollegin|ex-?freundin|ex-?freundes|ex-?frau|ex-?mannes|lehrers?|lehrerin|mitarbeiters?|mitarbeiterin|mieters?|mieterin|mitbewohners?|mitbewohnerin|trainers?|trainerin|kassiererin|kassierers?)\b|\b(?:numero de (?:telephone|portable|mobile)(?: personnel| perso| prive)?|adresse (?:personnelle|privee|perso|du domicile)|dossier medical|numero de securite sociale|date de naissance|casier judiciaire)\b (?:de (?:mon|ma|la|le)|du|de l') ?(?:[a-z'-]+ )?(?:patron|patronne|chef|cheffe|voisin|voisine|collegue|ex|ex-femme|ex-mari|ex-copine|ex-copain|proprietaire|locataire|caissiere|caissier|prof|professeur|professeure|serveuse|serveur|coach|colocataire)\b|\b(?:numero de (?:telefono|celular|movil)|direccion (?:de (?:su )?casa|personal|particular)|historial (?:medico|clinico)|numero de (?:la )?seguridad social|numero de seguro social|fecha de nacimiento|antecedentes penales)\b (?:de (?:mi|la|el)|del) (?:[a-z-]+ )?(?:jefe|jefa|vecino|vecina|ex|exnovia|exnovio|ex-novia|ex-novio|expareja|companero|companera|casero|casera|inquilino|inquilina|profesor|profesora|cajera|cajero|entrenador)\b|\b(?:que|cuales) (?:enfermedades|medicamentos|medicinas|diagnosticos) (?:tiene|toma|tienen|toman|padece) (?:mi|el|la|los|las) (?:[a-z]+ ){0,3}(?:jefe|jefa|vecino|vecina|companero|companera|ex|casero|inquilino|hijo de mi jefe|hija de mi jefe|hijos de)\b|\b(?:codice fiscale|indirizzo di casa|indirizzo privato|numero di (?:telefono|cellulare)(?: privato| personale)?|cartella clinica|data di nascita|fedina penale)\b (?:del mio|della mia|di mio|di mia|del|della) (?:[a-z]+ )?(?:collega|capo|vicino|vicina|ex|ex moglie|ex marito|ex fidanzata|ex fidanzato|padrone di casa|inquilino|inquilina|insegnante|professore|professoressa|cassiera|allenatore)\b|\b(?:endereco(?: residencial| de casa| pessoal)?|numero de (?:telefone|celular)(?: pessoal)?|prontuario medico|historico medico|cpf|data de nascimento)\b (?:do meu|da minha) (?:[a-z-]+ )?(?:ex-namorado|ex-namorada|ex|chefe|vizinho|vizinha|colega|senhorio|inquilino|inquilina|professor|professora|ex-mulher|ex-marido)\b|(?:номер телефона|домашний адрес|адрес|медицинскую карту|паспортные данные|номер паспорта|диагноз) (?:у )?(?:моей|моего) (?:бывшей|бывшего|соседки|соседа|начальника|начальницы|коллеги|арендатора|квартиранта|квартирантки|учителя|учительницы|хозяина|хозяйки)|(?:前女友|前男友|前妻|前夫|邻居|同事|老板|房东|女同事|男同事)[^。？?]{0,8}(?:住在哪|的地址|的住址|的电话|的手机号|的身份证号|的病历)",
    ),
    (
        // Evading police and forensics (de, fr, es, it, pt, ru).
        Crime,
        r"\bfingerabdrucke\b _g4_(?:tatwaffe|tatort|waffe|leiche|opfer)\b|\b(?:schmuggl\w*|schmuggeln|durchbringen|durchschmuggeln|verstecke\w*|schleus\w*)\b _g4_(?:messer|waffe|pistole|gewehr|munition)\b _g4_(?:sicherheitskontrolle|metalldetektor|kontrolle|flughafen)|\b(?:messer|waffe|pistole|gewehr|munition)\b _g4_(?:sicherheitskontrolle|metalldetektor)\b _g2_(?:schmuggeln|bringen|durchbringen|schleusen)|\b(?:videoaufnahmen|aufnahmen|uberwachungsvideo\w*|kameraaufnahmen)\b _g4_(?:loschen|vernichten)\b _g4_(?:bevor die polizei|polizei)|\b(?:quitter|fuir|m'enfuir|sortir du|partir du) (?:le )?pays\b _g4_(?:avant (?:mon|le) proces|sans que la police|pour echapper)|\b(?:debarrasser|cacher|faire disparaitre|nettoyer)\b _g4_(?:arme|couteau|pistolet|corps|cadavre|preuves|sang|empreintes)\b _g4_(?:apres (?:un|le|mon|ce) (?:crime|meurtre|vol|braquage|cambriolage)|sans que la police|pour que la police)|\b(?:effacer|supprimer)\b _g3_(?:empreintes|images|videos|enregistrements)\b _g4_(?:scene de crime|arme|avant (?:que )?la police)|\b(?:pasar|paso|meter|meto|esconder|escondo|colar|cuelo|llevar|llevo)\b _g3_(?:pistola|arma|cuchillo|navaja|pistolas|armas)\b _g4_(?:detector de metales|control de seguridad|seguridad del aeropuerto|escaner)|\b(?:borrar|limpiar|eliminar|quitar) (?:las |mis )?(?:huellas|sangre)\b _g4_(?:escena del crimen|arma|cadaver|cuerpo)|\b(?:huir|escapar|salir) del pais\b _g4_(?:antes del juicio|antes de mi juicio|sin que la policia)|\b(?:apagar|deletar|destruir|sumir com|eliminar) (?:as |os )?(?:imagens|gravacoes|videos|filmagens)\b _g6_(?:antes (?:que|da) (?:a )?policia|sem que a policia)|\bcome (?:posso|faccio a|si fa a) (?:scappare|fuggire|sfuggire) (?:dalla|alla) polizia\b|(?:пронести|протащить|спрятать)[^.?]{0,20}(?:пистолет|оружие|нож)[^.?]{0,20}(?:металлоискател|рамк|досмотр|охран)",
    ),
    (
        // Stereotype questions about a group (de, es, fr, it, pt).
        Hate,
        r"\bwarum sind (?:die |alle )?(?:auslander|juden|muslime|fluchtlinge|migranten|schwarze|schwule|behinderte|roma|sinti|turken|araber|frauen|polen|russen|zigeuner)\b (?:alle |so |immer |eigentlich |nun mal )*(?:kriminell|faul|dumm|gierig|gewalttatig|dreckig|schmutzig|minderwertig|zu emotional|unfahig|hinterhaltig|primitiv|gefahrlich)\b|\bpor que (?:los |las |todos los |todas las )?(?:mujeres|judios|musulmanes|inmigrantes|negros|gitanos|gays|homosexuales|discapacitados|extranjeros|arabes|mexicanos|chinos|indigenas) son (?:todos |todas |tan |demasiado |muy |siempre )*(?:violentos|violentas|tontos|tontas|estupidos|estupidas|vagos|vagas|flojos|ladrones|criminales|sucios|sucias|avaros|tacanos|inferiores|emocionales|histericas|incapaces|peligrosos|menos inteligentes)\b|\bpourquoi (?:les |tous les |toutes les )?(?:femmes|juifs|musulmans|immigres|noirs|arabes|roms|gitans|homosexuels|handicapes|etrangers|migrants|chinois) (?:sont(?:-ils|-elles)?|sont-ils|sont-elles) (?:tous |toutes |si |trop |tellement |moins |toujours )*(?:violents|violentes|betes|stupides|paresseux|paresseuses|voleurs|criminels|sales|radins|avares|inferieurs|inferieures|emotives|hysteriques|incapables|dangereux|intelligent\w*)\b|\bperche (?:gli |i |le |tutti gli |tutte le )?(?:donne|ebrei|musulmani|immigrati|neri|rom|zingari|gay|disabili|stranieri|arabi|cinesi) sono (?:tutti |tutte |cosi |troppo |sempre )*(?:violenti|stupid[ie]|pigr[ie]|ladri|criminali|sporchi|avari|inferiori|emotive|isteriche|incapaci|pericolosi|meno intelligenti)\b|\bpor que (?:os |as |todos os |todas as )?(?:mulheres|judeus|muculmanos|imigrantes|negros|ciganos|gays|deficientes|estrangeiros|arabes) sao (?:todos |todas |tao |muito |demasiado |sempre )*(?:violentos|burros|burras|preguicosos|ladroes|criminosos|sujos|inferiores|emotivas|histericas|incapazes|perigosos|menos inteligentes)\b",
    ),
    (
        // The conversation shipped to an outside URL (fr, de, es, it, pt).
        ToolAbuse,
        r"\b(?:envoie|envoyer|envoyez|transmets|transmettre|copie|copier|publie|publier|schick\w*|send\w*|ubertrag\w*|kopier\w*|envia\w*|manda\w*|copia\w*|invia\w*|inoltra\w*|envie)\b _g4_(?:l'|d')?(?:historique|contenu|transcription|chatverlauf|verlauf|gesprachsverlauf|unterhaltung|historial|conversacion|cronologia|conversazione|historico|conversa)\b _g6_(?:https?://|webhook|serveur externe|externen server|servidor externo|server esterno)",
    ),
    // ---- round b11: by kind ----
    (
        // A named person's private number or address (fr, es, de, ru).
        Stalking,
        r"\b(?:numero de (?:portable|telephone|mobile) (?:prive|personnel|perso)|adresse (?:personnelle|privee|perso)) (?:de|d') ?[a-z]+\b|\b(?:direccion (?:particular|privada|personal|de su casa)|numero (?:de telefono |de celular |de movil )?(?:privado|personal|particular)) de [a-z]+\b|\b(?:privatadresse|private adresse|wohnadresse|private handynummer|private telefonnummer|privatnummer) (?:von|des|der) [a-z]+\b|(?:найди|найти|дай|скажи|какой|узнай)[^.?]{0,12}(?:личный номер|домашний адрес|личный телефон|номер мобильного|личный адрес)",
    ),
    (
        // Grooming (de, es), drink spiking (es), hidden cameras (es), bribes (de).
        Sexual,
        r"\b(?:kind|madchen|jungen|junge|minderjahrige\w*)\b[,;]? _g6_(?:niemandem|nichts|den eltern nichts|geheim)\b _g6_(?:treffen|erzahlen|sagen|halten)\b|\b(?:nino|nina|menor|chico|chica)\b _g6_(?:a solas|sin que (?:sus padres|su madre|su padre) (?:sepan|sepa|se enteren?))\b|\b(?:echar|echo|poner|pongo|meter|meto)\b _g6_(?:bebida|copa|trago|vaso)\b _g6_(?:no recuerde|se duerma|pierda el conocimiento|se desmaye|no se de cuenta|inconsciente)\b",
    ),
    (
        Stalking,
        r"\bcamara oculta\b _g4_(?:vestuario|bano|ducha|habitacion|dormitorio)\b|\bversteckte kamera\b _g4_(?:badezimmer|dusche|umkleide|schlafzimmer)\b|\bcamera cachee\b _g4_(?:salle de bain|douche|vestiaire|chambre)\b",
    ),
    (
        Fraud,
        r"\bbestech\w*\b _g4_(?:beamten|polizisten|richter|inspektor|prufer|politiker)\b|\bdem (?:beamten|polizisten|prufer|inspektor|richter|sachbearbeiter)\b _g3_(?:zahlen|geben|zustecken)\b[,;]? _g3_damit (?:er|sie)\b",
    ),
];
