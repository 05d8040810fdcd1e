//! Forbidden-construction tables for other languages (German, French, Spanish,
//! Italian, Portuguese, Dutch, Polish, Russian, Chinese, Japanese, Korean,
//! Turkish, Arabic). Same automaton and syntax as `lexicon`; words are written
//! with diacritics and folded by the same normaliser as the input. Phrases,
//! never bare words: "Holz hacken" or "borrar la pizarra" stay clean.

/// Word classes shared by the multilingual patterns.
pub fn class_ml(name: &str) -> Option<&'static str> {
    Some(match name {
        "ML_OVR" => "ignoriere|ignorier|ignorieren|vergiss|vergesse|vergessen|missachte|verwirf|ignore|ignorez|ignorer|oublie|oubliez|oublier|néglige|négligez|ignora|ignore|ignorar|olvida|olvide|olvidar|descarta|omite|ignora|dimentica|dimenticare|trascura|ignore|esqueça|esqueca|esquece|esquecer|desconsidere|desconsidera|negeer|vergeet|zignoruj|ignoruj|zapomnij|pomiń|pomin|игнорируй|проигнорируй|забудь|отбрось|отмени|игнорировать|забыть|忽略|无视|忘记|忘掉|忘了|抛弃|不要理会|不理会|무시|무시하고|무시해|잊어|잊고|unut|görmezden|gormezden|yoksay|تجاهل|انس|انسى|إنس",
        "ML_QUAL" => "alle|allen|vorherigen|vorherige|bisherigen|bisherige|obigen|obige|vorangegangenen|früheren|deine|deinen|sämtliche|toutes|tous|les|tes|vos|précédentes|precedentes|antérieures|anterieures|todas|todos|las|tus|sus|anteriores|previas|tutte|tutti|le|tue|precedenti|as|suas|prévias|previas|alle|vorige|eerdere|je|wszystkie|wszystkich|poprzednie|poprzednich|wcześniejsze|wczesniejsze|wcześniejszych|swoje|swoich|twoje|все|всё|предыдущие|прежние|свои|твои|ваши|之前|以前|先前|上面|所有|前面|一切|全部|모든|이전|이전의|앞의|위의|기존|önceki|onceki|tüm|tum|bütün|butun|جميع|كل|السابقة",
        "ML_RULES" => "anweisungen|anweisung|regeln|instruktionen|vorgaben|richtlinien|befehle|einschränkungen|beschränkungen|instructions|consignes|règles|regles|directives|ordres|restrictions|instrucciones|reglas|normas|directrices|restricciones|indicaciones|órdenes|ordenes|istruzioni|regole|direttive|restrizioni|instruções|instrucoes|regras|diretrizes|restrições|restricoes|instructies|regels|richtlijnen|opdrachten|instrukcje|instrukcjach|instrukcji|polecenia|poleceniach|zasady|zasadach|zasad|reguły|reguly|regułach|ograniczenia|ograniczeniach|инструкции|указания|правила|ограничения|команды|установки|指令|指示|规则|设定|设置|限制|提示|命令|約束|ルール|規則|設定|制限|지시|지시를|지침|규칙|명령|설정|제한|talimatları|talimatlari|talimatlar|kuralları|kurallari|kurallar|التعليمات|القواعد|الأوامر|تعليمات|قواعد|الإرشادات",
        "ML_LIMITS" => "einschränkungen|beschränkungen|regeln|grenzen|filter|zensur|restriktionen|restrictions|règles|regles|limites|filtres|censure|restricciones|reglas|límites|filtros|censura|restrizioni|regole|limiti|filtri|restrições|restricoes|regras|beperkingen|regels|ograniczeń|ograniczen|zasad|reguł|regul|cenzury|ограничений|ограничения|правил|фильтров|цензуры|限制|规则|约束|审查|过滤|制限|規則|ルール|フィルター|検閲|제한|규칙|필터|검열|kısıtlama|kisitlama|kural|sınır|sinir|sansür|sansur|قيود|قواعد|حدود|رقابة",
        "ML_SYSP" => "systemprompt|system-prompt|systemnachricht|systemanweisung|systemanweisungen|systemaufforderung|prompt_système|prompt_systeme|invite_système|message_système|message_systeme|instructions_cachées|instructions_cachees|instructions_système|prompt_de_sistema|prompt_del_sistema|mensaje_del_sistema|instrucciones_ocultas|instrucciones_del_sistema|instrucciones_iniciales|prompt_di_sistema|messaggio_di_sistema|istruzioni_nascoste|istruzioni_di_sistema|istruzioni_iniziali|prompt_do_sistema|mensagem_do_sistema|instruções_ocultas|instrucoes_ocultas|instruções_do_sistema|systeemprompt|systeembericht|verborgen_instructies|prompt_systemowy|instrukcje_systemowe|ukryte_instrukcje|системный_промпт|системные_инструкции|системное_сообщение|скрытые_инструкции|системную_подсказку|исходные_инструкции|系统提示|系统提示词|系统消息|系统指令|隐藏指令|初始指令|系統提示|システムプロンプト|システムメッセージ|隠された指示|初期指示|隠し指示|시스템_프롬프트|시스템_메시지|시스템_지시|숨겨진_지시|sistem_istemi|sistem_istemini|sistem_mesajı|sistem_mesaji|gizli_talimatlar|موجه_النظام|تعليمات_النظام|رسالة_النظام|التعليمات_المخفية",
        "ML_REVEAL" => "gib|zeig|zeige|verrate|nenne|wiederhole|drucke|schreib|schreibe|ausgeben|übersetze|révèle|revele|révélez|montre|montrez|affiche|donne|donnez|répète|repete|écris|ecris|traduis|dis|revela|muestra|dime|repite|imprime|escribe|dame|traduce|rivela|mostra|mostrami|ripeti|dimmi|stampa|scrivi|dammi|traduci|revele|mostre|diga|repita|escreva|me_dê|toon|laat_zien|herhaal|geef|schrijf|pokaż|pokaz|ujawnij|wypisz|powtórz|powtorz|podaj|napisz|покажи|раскрой|выведи|повтори|напиши|скажи|дай|переведи|告诉|显示|输出|重复|打印|透露|泄露|说出|给我|展示|翻译|教え|見せ|出力|表示|繰り返|書いて|보여|알려|출력|공개|göster|goster|yaz|söyle|soyle|tekrarla|ver|أظهر|اعرض|اكتب|كرر|أخبرني|اخبرني",
        "ML_MAKE" => "costruisce|costruisco|costruisci|costruiscono|construye|construyo|construit|construis|fabrica|fabrico|fabrique|fabriquent|baut|bouwt|maakt|robi|zrobi|делает|делать|изготавливают|hace|hago|fait|fa|faz|macht|bauen|baue|herstellen|herstellung|basteln|machen|anleitung|fabriquer|fabrication|construire|faire|recette|fabricar|hacer|construir|receta|preparar|costruire|fabbricare|fare|preparare|ricetta|fazer|construir|receita|maken|bouwen|zrobić|zrobic|zbudować|zbudowac|przygotować|сделать|изготовить|собрать|приготовить|синтезировать|рецепт|制作|制造|做|合成|配方|作り|作る|作り方|製造|合成|만드|만드는|만들|제조|yapımı|yapimi|yapmak|yapılır|yapilir|nasıl_yapılır|صنع|تصنيع|طريقة_صنع|schreibe|écris|escribe|scrivi|escreva|schrijf|napisz|напиши|写|書いて|써|yaz|اكتب|programmiere|code|codifica|programa",
        "ML_HOW" => "wie|comment|cómo|como|come|hoe|jak|как|怎么|怎样|如何|方法|どうやって|方法|방법|어떻게|nasıl|nasil|كيف",
        _ => return None,
    })
}

pub const RULES_ML: &[(&str, &[&str])] = &[
    (
        "InstructionOverride",
        &[
            "@ML_OVR ~4 @ML_QUAL ~3 @ML_RULES",
            "@ML_QUAL ~6 @ML_RULES ~6 忘れ|無視|破棄|捨て|忘记|忽略|무시|잊어|잊|unut|görmezden|gormezden|yok_say|ihmal",
            "@ML_RULES ~3 @ML_OVR",
            "忘掉|忘记|忽略|无视|抛弃 ~8 设定|规则|指令|限制|指示",
            "以前|前|これまで|上記|すべて|全て ~6 ルール|指示|命令|規則|設定|制限|指令 ~6 忘れ|無視|破棄|捨て",
            "ルール|指示|命令|規則|設定|制限 ~4 忘れ|無視|破棄",
            "vergiss|oublie|olvida|dimentica|esqueça|esqueca|vergeet|zapomnij|забудь ~3 alles|tout|todo|tutto|tudo|alles|wszystko|всё|все ~6 vorher|davor|bisher|avant|antes|prima|eerder|wcześniej|wczesniej|раньше|ранее|gesagt|dit|dicho|detto|dito|gezegd|powiedziano|сказано|gelernt|appris|aprendido",
            "laisse|laissez ~1 tomber ~3 la|le|les|ta|tes ~1 traduction|consigne|tâche|tache|instructions|règles",
            "ab_jetzt|von_nun_an|désormais|à_partir_de_maintenant|a_partir_de_maintenant|a_partir_de_ahora|desde_ahora|da_ora_in_poi|d'ora_in_poi|a_partir_de_agora|vanaf_nu|od_teraz|отныне|с_этого_момента|теперь|从现在开始|从现在起|今から|これから|지금부터|bundan_sonra|من_الآن ~10 keine|kein|pas|aucune|aucun|sans|sin|no|ningún|ninguna|senza|nessuna|nessun|sem|nenhuma|geen|bez|żadnych|zadnych|без|не|нет|никаких|不再|没有|无|ない|없|yok|hiçbir|hicbir|بدون|لا ~3 @ML_LIMITS",
            "du|dich|tu|vous|tú|eres|sei|você|voce|jij|ty|ты|вы|sen|你|あなた|너|당신 ~6 ohne|sans|sin|senza|sem|bez|без|zonder|olmadan|keine|aucune|ningún|ninguna|nessuna|nenhuma|geen|żadnych|никаких|hiçbir|不受|没有|不再受 ~3 @ML_LIMITS",
            "antworte|antworten|réponds|reponds|répondez|repondez|responde|responda|respondas|rispondi|risponda|antwoord|odpowiadaj|odpowiedz|отвечай|ответь|отвечайте|回答|答え|대답*|cevap ~4 ohne|sans|sin|senza|sem|zonder|bez|без|没有|なし|없이|olmadan|بدون ~2 @ML_LIMITS|jegliche|jede|aucune|ninguna|nessuna|qualquer|żadnych|zadnych|каких-либо|любых",
            "no ~1 tienes|tiene|tenés|tenes|hai|tem|tens ~2 restricciones|reglas|límites|limites|filtros|restrizioni|regole|limiti|restrições|regras",
            "du ~2 hast ~2 keine ~2 einschränkungen|regeln|grenzen|beschränkungen",
            "tu ~2 n'as|as ~2 plus|aucune|pas ~3 restrictions|règles|limites",
            "не ~2 обязан|должен|нужно ~4 следовать|соблюдать ~3 правил*|инструкц*|ограничен*",
            "@ML_LIMITS ~2 の|が ~1 ない|なし|無い|無し",
            "制限|ルール|規則|フィルター|検閲 ~2 ない|なし|無し|無い",
            "不再受|不受|没有任何|没有 ~4 规则|限制|约束|审查|过滤",
            "제한* ~2 없는|없이|없어|없다",
            "kısıtlama*|kisitlama*|kural*|sınır*|sinir* ~2 olmadan|yok|yokmuş|olmayan",
            "بدون|دون|بلا ~2 قيود|قواعد|حدود|رقابة",
            "modo ~1 desarrollador|programador|sin_restricciones|sin_filtros|dios",
            "ia|ai|ki|ии|asistente|assistant|assistente|assistentin|modelo|modèle|modello|model|chatbot|bot|人工智能|ai ~4 sin|sans|senza|sem|ohne|zonder|bez|без|没有任何|没有|无 ~3 @ML_LIMITS|censura|censure|zensur|filtros|filtres|filtri|reglas|règles|regole|regras|moral|morale|moralische|道德|限制|規則",
            "actúa|actua|actuar|agisci|agis|agissez|handle|handel|aja|веди|действуй|扮演|演じ ~4 como|comme|come|als|как|一个 ~4 ia|ai|ki|ии|ai ~6 sin|sans|senza|sem|ohne|zonder|bez|без|没有|无 ~3 @ML_LIMITS|censura|censure|zensur|reglas|règles|regole|regras",
            "mode ~1 développeur|developpeur|sans_restrictions|dieu",
            "entwicklermodus|entwickler-modus|modalità_sviluppatore|modo_de_desenvolvedor|режим_разработчика|开发者模式|開発者モード|개발자_모드",
            "ignora|ignore|ignorez|ignoriere|negeer|zignoruj|игнорируй ~4 tout|todo|tutto|tudo|alles|wszystko|всё|все ~4 lo|ce|was|ci ~2 anterior|précède|precede|vorher|precedente|voor|wcześniej|выше",
        ],
    ),
    (
        "SystemPromptExtraction",
        &[
            "was|welche|quelles|quels|qué|que|cuáles|quali|quais|wat|welke|jakie|какие|что ~4 @ML_RULES ~3 te|ti|dir|t'a|t'ont|lhe|je|тебе|ci ~2 dieron|dado|han_dado|hanno_dato|dato|gegeben|erhalten|donné|données|deram|dado|gegeven|dali|дали",
            "steht|stehen|dicen|disent|dicono|dizem|staat|говорится ~4 in|dans|en|nelle|nas|nei|в ~2 deinen|deiner|deine|tes|vos|tus|tue|tuoi|suas|je|твоих|своих ~2 ursprünglichen|anfänglichen|ersten|versteckten|geheimen|anweisungen|instructions|consignes|instrucciones|istruzioni|instruções|instructies|инструкциях",
            "deinen|deine|deiner|tes|vos|tus|sus|tue|tuoi|suas|tuas|je|twoje|swoje|свои|твои|ваши ~2 ursprünglichen|ursprüngliche|anfänglichen|versteckten|geheimen|initiales|originales|cachées|secrètes|iniciales|ocultas|secretas|iniziali|originali|nascoste|segrete|iniciais|originais|oorspronkelijke|verborgen|początkowe|ukryte|tajne|исходные|первоначальные|скрытые|секретные ~2 @ML_RULES",
            "@ML_REVEAL ~6 @ML_SYSP",
            "@ML_SYSP ~6 @ML_REVEAL",
            "dein|deine|deinen|deines|ton|ta|tes|votre|vos|tu|tus|su|sus|tuo|tua|tuoi|tue|seu|sua|seus|suas|je|jouw|twój|twoj|twoje|swój|swoj|swoje|твой|твои|свой|свои|ваш|ваши|你的|您的|あなたの|당신의|너의|senin ~2 @ML_SYSP",
            "@ML_REVEAL ~4 dein|deine|deinen|ton|ta|tes|votre|vos|tus|sus|tuo|tue|tuoi|seu|sua|suas|seus|je|jouw|twoje|swoje|твои|свои|ваши ~3 anweisungen|instruktionen|regeln|vorgaben|instructions|consignes|règles|instrucciones|reglas|istruzioni|regole|instruções|instrucoes|regras|instructies|regels|instrukcje|zasady|инструкции|правила|указания ~4 cachées|cachees|secrètes|secretes|initiales|ocultas|secretas|iniciales|nascoste|segrete|iniziali|secretas|iniciais|geheime|verborgen|ukryte|tajne|скрытые|секретные|исходные|geheimen|versteckten|ursprünglichen|vollständig|integral|integrale|completo|completa|completas|intégral|integralmente|wörtlich|mot_pour_mot|textualmente|parola_per_parola|дословно",
            "@ML_REVEAL ~4 versteckten|geheimen|ursprünglichen|cachées|secrètes|initiales|ocultas|secretas|iniciales|nascoste|segrete|iniziali|ocultas|secretas|iniciais|geheime|verborgen|ukryte|tajne|скрытые|секретные|исходные ~2 anweisungen|instruktionen|regeln|instructions|consignes|instrucciones|reglas|istruzioni|regole|instruções|regras|instructies|instrukcje|инструкции|правила",
            "你的 ~2 指令|设定|规则|提示词|提示 ~4 告诉|显示|输出|重复|打印|透露|泄露|说出|是什么",
            "告诉|显示|输出|重复|打印|透露|泄露|说出|给我 ~4 你的 ~2 指令|设定|规则|提示词|提示",
            "あなたの ~2 指示|設定|ルール|プロンプト ~4 教え|見せ|出力|表示|繰り返",
            "당신의|너의 ~2 지시*|설정*|규칙*|프롬프트* ~4 보여*|알려*|출력*|공개*",
            "was|wie ~3 wurde|wurden ~2 dir ~3 gesagt|vorgegeben|befohlen ~4 vorher|zuvor|anfangs|zu_beginn",
            "qu'est-ce|que ~4 t'a|on_t'a|vous_a ~2 dit|demandé|ordonné ~4 avant|au_début|cacher",
            "qué ~3 te ~2 dijeron|ordenaron|indicaron|han_dicho ~4 antes|al_principio|ocultar|esconder",
        ],
    ),
    (
        "Jailbreak",
        &[
            "du ~2 bist ~2 jetzt|nun|ab_sofort ~4 dan|ungefiltert|unzensiert|uneingeschränkt|frei|böse",
            "tu ~2 es ~2 maintenant|désormais ~4 dan|non_filtré|non_censuré|libre|sans",
            "ahora ~2 eres|serás ~4 dan|sin|libre|una_ia_sin|malvad*",
            "ora ~2 sei ~4 dan|senza|libero|una_ia_senza",
            "agora ~2 você|voce|tu ~2 é|e|és ~4 dan|sem|livre|uma_ia_sem",
            "теперь ~2 ты ~4 dan|без|свободн*|злой|нефильтр*",
            "你现在是|你现在 ~6 没有|不受|无限制|dan|邪恶",
            "制限 ~4 ない ~4 ai|として|モード|アシスタント",
            "无限制|不受限制|无审查|不受约束 ~4 ai|模式|助手|人工智能|的",
            "@ML_LIMITS ~4 keine|pas|aucune|ningún|ninguna|nessuna|nenhuma|geen|żadnych|никаких ~2 ai|ki|ia|ии|人工智能|bot|modus|mode|modo|режим",
        ],
    ),
    (
        "HarmfulRequest:Weapons",
        &[
            "@ML_MAKE ~5 bombe|sprengstoff|sprengsatz|rohrbombe|molotowcocktail|bombe|explosif|explosifs|bomba|explosivo|explosivos|bomba|esplosivo|esplosivi|bom|explosieven|bomba|bombę|bombe|materiały_wybuchowe|бомбу|бомба|взрывчатку|взрывчатка|взрывное_устройство|炸弹|炸药|爆炸物|爆弾|爆発物|폭탄|폭발물|bomba|patlayıcı|patlayici|قنبلة|متفجرات",
            "bombe|sprengstoff|sprengsatz|rohrbombe|bomba|bombę|bombe|bom|explosif|explosifs|explosivo|explosivos|esplosivo|esplosivi|explosieven|materiały_wybuchowe|бомбу|бомба|взрывчатку|взрывчатка|炸弹|炸药|爆弾|爆発物|폭탄|폭발물|patlayıcı|patlayici|قنبلة|متفجرات ~5 @ML_MAKE|bauen|bouwen|zbudować|собрать|construye|costruisce|costruire|costruisco|fabrique|fabriquer|fabricar|fabbricare",
            "@ML_HOW ~4 bombe|sprengstoff|rohrbombe|bomba|bombę|bom|explosif|explosivo|esplosivo|explosieven|бомбу|взрывчатку|炸弹|炸药|爆弾|爆発物|폭탄|patlayıcı|قنبلة|متفجرات ~4 @ML_MAKE|bauen|bouwen|costruisce|costruire|construye|fabrique|fabriquer|fabricar|fabbricare|أصنع|اصنع|يصنع|نصنع|صناعة|maken|machen|faire|hacer|fare|fazer|zrobić|сделать|做|作る|만들",
            "كيف ~4 أصنع|اصنع|يصنع|نصنع|أصنّع|صنع|تصنيع ~3 قنبلة|متفجرات|عبوة_ناسفة|سم|مخدرات",
        ],
    ),
    (
        "HarmfulRequest:Drugs",
        &[
            "@ML_MAKE|@ML_HOW|kochen|cuisiner|cocinar|cucinare|cozinhar|koken|gotować|варить|приготовить ~6 meth|methamphetamin|metanfetamina|méthamphétamine|methamphetamine|metamfetamina|crystal|heroin|héroïne|heroína|eroina|heroína|fentanyl|fentanilo|fentanil|kokain|cocaïne|cocaína|cocaina|lsd|mdma|метамфетамин|мет|героин|фентанил|кокаин|冰毒|甲基苯丙胺|海洛因|芬太尼|可卡因|覚醒剤|メタンフェタミン|ヘロイン|필로폰|메스암페타민|헤로인|metamfetamin|eroin|kokain|الميثامفيتامين|الهيروين",
            "meth|methamphetamin|metanfetamina|méthamphétamine|метамфетамин|冰毒|覚醒剤|필로폰|메스암페타민 ~6 @ML_MAKE|@ML_HOW",
        ],
    ),
    (
        "HarmfulRequest:Malware",
        &[
            "@ML_MAKE ~5 ransomware|malware|keylogger|trojaner|trojan|troyano|cheval_de_troie|virus_informatique|logiciel_malveillant|software_malicioso|vírus|вирус-вымогатель|вредоносн*|кейлоггер|троян|勒索软件|恶意软件|木马|病毒|キーロガー|マルウェア|ランサムウェア|랜섬웨어|악성코드|키로거|fidye_yazılımı|zararlı_yazılım|برامج_الفدية|برمجيات_خبيثة",
            "hacke|hacken|hackear|pirater|hackerare|hackear|hacken|zhakować|zhakowac|взломать|взломай|入侵|破解|黑进|ハッキング|해킹|hacklemek|hackle|اختراق ~4 konto|account|instagram|facebook|handy|e-mail|email|cuenta|compte|téléphone|telefono|conta|telefone|konto|telefon|аккаунт|телефон|почту|账户|账号|手机|邮箱|アカウント|携帯|계정|휴대폰|hesap|hesabı|hesabini|حساب|هاتف ~4 meiner|meines|von|de|di|do|da|van|mojej|моей|моего|чужой|чужую|别人|他人|女朋友|前任|他の人|남의|birinin|شخص",
            "взломать|взломай|хакнуть|hackear|hacken|hacke|pirater|zhakować ~4 чужой|чужую|чужие|чужого|чужих|ajena|ajeno|d'autrui|fremde|fremdes|fremden|cudze|cudzy|cudzego ~4 аккаунт|страницу|почту|телефон|cuenta|compte|konto|account|profil|perfil|whatsapp|instagram|facebook|вконтакте|вк|telegram|телеграм",
            "hacke|hacken|hackear|pirater|zhakować|взломать|взломай|入侵|破解|黑进|ハッキング|해킹|اختراق ~6 ex|freundin|freund|frau|mann|nachbar*|novia|novio|esposa|vecino|copine|copain|femme|voisin|fidanzata|moglie|vicino|namorada|esposa|vizinho|byłej|żony|sąsiada|бывшей|жены|соседа|前女友|女朋友|老婆|邻居|元カノ|妻|隣人|여자친구|아내|이웃|eski|karımın|komşu|زوجتي|جاري",
        ],
    ),
    (
        "HarmfulRequest:Violence",
        &[
            "@ML_HOW ~4 töte|töten|umbringen|vergiften|tuer|empoisonner|matar|envenenar|uccidere|avvelenare|matar|envenenar|doden|vergiftigen|zabić|zabic|otruć|otruc|убить|отравить|杀死|杀掉|毒死|殺す|殺し|毒殺|죽이|독살|öldür|oldur|zehirle|أقتل|قتل|تسميم ~4 jemanden|meine|meinen|quelqu'un|ma|mon|alguien|mi|qualcuno|mia|mio|alguém|minha|meu|iemand|mijn|kogoś|kogos|moją|mojego|кого-то|человека|жену|мужа|соседа|某人|别人|我的|人|誰か|妻|夫|누군가|아내|남편|birini|karımı|kocamı|شخص|زوجتي",
        ],
    ),
    (
        "HarmfulRequest:Weapons",
        &[
            "@ML_MAKE ~4 arma|armas|waffe|waffen|arme|armes|pistola|pistole|pistolet|fucile|fusil|gewehr|wapen|broń|bron|оружие|пистолет|枪|枪支|銃|총 ~4 casera|casero|caseras|artesanal|hecha_en_casa|fatta_in_casa|artigianale|selbstgebaut|selbstgebaute|maison|artisanale|artesanal|caseira|zelfgemaakt|domowej|самодельное|самодельный|自制|手作り|dispare|dispara|spara|schießt|tire|atira|стреляет",
        ],
    ),
    (
        "HarmfulRequest:Intrusion",
        &[
            "heimlich|insgeheim|secrètement|en_secret|à_son_insu|secretamente|en_secreto|sin_que|segretamente|di_nascosto|às_escondidas|stiekem|potajemnie|tajnie|тайно|скрытно|незаметно|偷偷|秘密|暗中|こっそり|内緒で|몰래|gizlice|سرا ~8 orten|verfolgen|überwachen|tracken|ausspionieren|mitlesen|traquer|localiser|suivre|espionner|pister|rastrear|localizar|espiar|seguir|tracciare|localizzare|spiare|seguire|volgen|bespioneren|śledzić|sledzic|namierzyć|szpiegować|отслеживать|следить|отследить|читать|追踪|跟踪|定位|监视|监控|追跡|監視|추적|감시|takip|izlemek|izle",
            "orten|verfolgen|überwachen|tracken|traquer|localiser|espionner|rastrear|localizar|espiar|tracciare|localizzare|spiare|śledzić|namierzyć|отслеживать|отследить|追踪|跟踪|定位|监视|追跡|監視|추적|감시 ~8 heimlich|ohne_dass|ohne_sein_wissen|ohne_ihr_wissen|sans_qu'il|sans_qu'elle|à_son_insu|sin_que|sin_saberlo|senza_che|di_nascosto|sem_que|zonder_dat|bez_wiedzy|без_ведома|чтобы_не_узнал|чтобы_не_узнала|不知道|不被发现|気づかれ|모르게",
            "不知道|不被发现|不知不觉|偷偷 ~10 追踪|跟踪|定位|监视|监控|偷看 ~6 手机|位置|电话|微信|消息",
            "entrare|accedere|entrar|acceder|hackear|hacken|einloggen|pirater|accéder|włamać|wlamac|взломать|зайти|войти|进入|入侵|黑进|登录|ハッキング|侵入|해킹|hacklemek ~6 account|cuenta|konto|compte|conta|e-mail|email|correo|почту|аккаунт|帐户|账号|账户|邮箱|アカウント|계정|hesap|hesabına ~8 altra|otra|anderen|fremden|quelqu'un|d'autrui|outra|kogoś|cudze|чужой|чужую|чужой|другого|别人|他人|他の人|다른|başkasının|senza_la_password|senza_password|sin_contraseña|sin_la_contraseña|ohne_passwort|ohne_das_passwort|sans_mot_de_passe|sem_senha|bez_hasła|без_пароля",
        ],
    ),
    (
        "HarmfulRequest:Fraud",
        &[
            "отмыть|отмывать|отмою ~3 деньги|денег|средства|доходы",
            "blanchir ~3 argent|l'argent|de_l'argent|fonds",
            "lavar|blanquear ~3 dinero|dinheiro|fondos",
            "riciclare|ripulire ~3 denaro|soldi|fondi",
            "geld ~2 waschen|zu_waschen|weißwaschen",
            "witwassen ~3 geld|hoe",
            "wyprać|wyprac ~3 pieniądze|pieniadze",
            "怎么|如何|怎样 ~4 洗钱",
            "マネーロンダリング|資金洗浄 ~4 方法|やり方|する方法",
            "돈세탁 ~4 방법|하는_법|어떻게",
            "kara_para ~3 aklamak|aklama",
        ],
    ),
    (
        "ToolAbuse",
        &[
            "sende|sendet|schicke|schick|exportiere|kopiere|lade|leite|envoie|envoyez|exporte|copie|transfère|envía|envia|exporta|copia|reenvía|invia|esporta|manda|inoltra|stuur|exporteer|wyślij|wyslij|skopiuj|przekaż|отправь|перешли|скопируй|выгрузи|发送|导出|复制|转发|送信|送って|보내 ~8 kundendaten|kundenliste|kundendatenbank|datenbank|alle_daten|passwörter|données|base_de_données|clients|datos|base_de_datos|clientes|dati|clienti|dados|klantgegevens|klanten|danych|dane|klientów|базу|данные|клиентов|客户数据|数据库|客户资料|顧客データ|データベース|고객|데이터베이스 ~10 private|privat|privaten|persönliche|persönlichen|personnelle|personnel|privée|perso|personal|privada|privado|privato|personale|pessoal|privé|prywatny|prywatną|prywatnego|личную|личный|личной|私人|个人|個人|개인",
        ],
    ),
    (
        "HarmfulRequest:SelfHarm",
        &[
            "wie ~4 bringe|bring ~2 ich ~2 mich ~2 um",
            "wie ~4 kann ~2 ich ~2 mich ~3 umbringen|töten|das_leben_nehmen",
            "comment ~4 me ~1 suicider|tuer",
            "cómo|como ~4 suicidarme|matarme|quitarme_la_vida",
            "come ~4 suicidarmi|uccidermi|togliermi_la_vita",
            "como ~4 me_matar|suicidar-me|me_suicidar|tirar_minha_vida",
            "hoe ~4 pleeg ~2 ik ~2 zelfmoord",
            "jak ~4 się_zabić|popełnić_samobójstwo|popelnic_samobojstwo|sie_zabic",
            "как ~4 покончить_с_собой|убить_себя|совершить_самоубийство",
            "怎么|怎样|如何 ~4 自杀|结束自己的生命",
            "自杀 ~3 方法|最好的方法|无痛",
            "自殺 ~3 方法|仕方|やり方",
            "자살 ~3 방법|하는_법",
            "nasıl|nasil ~4 intihar ~2 ederim|edebilirim",
            "كيف ~4 أنتحر|انتحر",
        ],
    ),
];
