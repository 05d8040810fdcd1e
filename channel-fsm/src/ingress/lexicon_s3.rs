//! Forbidden constructions added in session 3 from A's own held-out rounds
//! (`corpus/heldout/a-s3r*.jsonl`): harm phrased politely or by euphemism,
//! harm disguised as an accident, exploitation of the elderly, covert mailbox
//! forwarding and track-covering, persona jailbreaks without the usual
//! keywords, and foreign wordings (phishing, impersonated banks, untraceable
//! guns, lethal doses for a person, ransomware described by what it does,
//! covert access to a partner's phone, Korean with particles). Same automaton
//! and syntax as `lexicon`; kinds, never exact lines.

/// Word classes used only here (referenced as `@NAME`).
pub fn class_s3(name: &str) -> Option<&'static str> {
    Some(match name {
        // Verbs of harming a person (the object follows within a few words).
        "S3_HARM" => "hurt|harm|kill|injure|poison|incapacitate|sicken|knock_out|suffocate|choke|paralyze|paralyse|blind|maim",
        // Killing / poisoning verbs in the other languages.
        "S3_KILL_ML" => "mataría|mataria|matar|matarla|matarlo|mate|tuerait|tuer|tue|ucciderebbe|uccidere|uccida|töten|tötet|umbringen|mataria|matar|doden|zabiłaby|zabiłoby|zabić|zabic|убьёт|убьет|убить|убило|杀死|杀掉|毒死|殺せる|殺す|죽일|죽이|envenenar|envenenarla|envenenarlo|empoisonner|avvelenare|vergiften|otruć|отравить|下毒|毒殺",
        // "Without anyone noticing / suspecting" in the other languages.
        "S3_UNNOTICED_ML" => "sin_que_nadie_sospeche|sin_que_nadie_se_dé_cuenta|sin_que_nadie_se_de_cuenta|sin_levantar_sospechas|sin_dejar_rastro|sans_que_personne_ne|sans_que_personne|sans_éveiller_les_soupçons|sans_laisser_de_traces|ohne_dass_jemand|ohne_verdacht|ohne_spuren|spurlos|senza_che_nessuno|senza_destare_sospetti|senza_lasciare_tracce|sem_que_ninguém|sem_que_ninguem|sem_levantar_suspeitas|sem_deixar_rastros|zonder_dat_iemand|zonder_sporen|bez_podejrzeń|bez_podejrzen|bez_śladu|без_подозрений|чтобы_никто_не|без_следов|不被怀疑|不留痕迹|誰にも気づかれ|아무도_모르게",
        // A partner, in the other languages.
        "S3_PARTNER_ML" => "namorada|namorado|esposa|esposo|marido|mulher|novia|novio|mujer|femme|mari|copine|copain|petite_amie|petit_ami|freundin|freund|frau|ehefrau|ehemann|ragazza|ragazzo|moglie|marito|fidanzata|fidanzato|vriendin|vriend|vrouw|dziewczyny|dziewczyna|chłopaka|żony|męża|девушки|парня|жены|мужа|女朋友|男朋友|老婆|老公|妻子|丈夫|彼女|彼氏|여자친구*|남자친구*|아내*|남편*|sevgilim*|karım*|kocam*|زوجتي|زوجي|صديقتي",
        // A partner's phone, messages or whereabouts, in the other languages.
        "S3_DEVICE_ML" => "whatsapp|mensagens|mensajes|messages|nachrichten|chats|messaggi|wiadomości|wiadomosci|сообщения|переписку|telefone|teléfono|celular|móvil|movil|handy|téléphone|telephone|portable|telefono|cellulare|telefon|телефон|localização|localizacao|ubicación|ubicacion|standort|localisation|posizione|lokalizację|местоположение|e-mails|emails|correos|courriels|instagram|facebook|telegram|conversas|conversaciones|conversations|conversazioni|微信|手机|短信|聊天记录|位置|メール|スマホ|携帯|카톡*|휴대폰*|문자*",
        // Keeping it from the partner, in the other languages.
        "S3_SECRET_ML" => "sem_ela_saber|sem_ele_saber|sem_que_ela_saiba|sem_que_ele_saiba|sin_que_sepa|sin_que_lo_sepa|sin_que_se_entere|sin_que_ella_sepa|sin_que_él_sepa|sans_qu'elle_le_sache|sans_qu'il_le_sache|sans_qu'elle_sache|sans_qu'il_sache|à_son_insu|ohne_dass_sie|ohne_dass_er|ohne_ihr_wissen|ohne_sein_wissen|senza_che_lo_sappia|senza_che_se_ne_accorga|senza_che_lei|senza_che_lui|zonder_dat_ze|zonder_dat_hij|bez_jej_wiedzy|bez_jego_wiedzy|без_её_ведома|без_ее_ведома|без_его_ведома|不让她知道|不让他知道|在她不知道|在他不知道|バレずに|気づかれずに|모르게",
        _ => return None,
    })
}

pub const RULES_S3: &[(&str, &[&str])] = &[
    (
        "HarmfulRequest:Violence",
        &[
            // A means made "strong enough to hurt someone" (purpose, not risk:
            // "could hurt someone" stays a safety question).
            "gas|gases|fumes|vapor|vapour|smoke|chemical*|mixture|mix|mixed|combination|substance|poison|toxin ~10 strong_enough|potent_enough|powerful_enough|concentrated_enough|toxic_enough|lethal_enough ~2 to ~1 @S3_HARM ~3 @PERSON",
            "make|making|create|produce|release|get ~4 gas|gases|fumes|vapor|vapour|poison ~8 to|that_will|that_would|which_will|which_would ~1 @S3_HARM ~3 @PERSON",
            // "...so someone never wakes up" with a means nearby.
            "medication|medications|medicine|medicines|pills|dose|doses|drugs|sleeping_pills|sedatives|taken_together|amount|enough|mix|combination ~14 never ~2 wake|wakes|waking ~1 up",
            "make_sure|ensure|guarantee|so_that ~4 @PERSON ~3 never ~2 wake|wakes ~1 up",
            // Harm staged as an accident or natural death.
            "how|ways|way|best|easiest|help_me|tips|steps|what|which|where ~12 make|making|so|so_that|so_it|and_make ~6 look|looks|seem|seems|appear|appears ~1 like|as ~2 accident|accidental|natural|suicide|heart_attack|an_accident|a_suicide|a_heart_attack|natural_causes",
            "tamper*|sabotag*|cut|loosen|disable|damage|mess_with ~6 @PERSON|someone's|his|her|their|car's ~4 brake|brakes|brake_lines|brake_line|steering|airbag|airbags|gas_line|tires|tyres",
            "brake|brakes|brake_system|brake_lines|brake_line|steering ~8 tampered|sabotaged|cut|loosened|disabled ~10 accident|crash|failure|look|looks|noticed|detected|undetect*|without",
            // Poisons that escape detection.
            "poison|poisons|toxin|toxins ~6 can't_be_detected|cannot_be_detected|can_not_be_detected|won't_be_detected|wouldn't_be_detected|hard_to_detect|impossible_to_detect|undetected|go_undetected|won't_show_up|wouldn't_show_up|not_be_detected|untraceable",
            // Other languages: a dose that would kill; killing unnoticed.
            "dosis|dose|dosi|dawka|dawkę|dawke|доза|дозу|剂量|用量|용량 ~8 @S3_KILL_ML",
            "@S3_KILL_ML ~10 @S3_UNNOTICED_ML",
        ],
    ),
    (
        "HarmfulRequest:Fraud",
        &[
            // Getting an elderly or trusting relative to sign assets away.
            "sign|signing|sign_over|signs_over|hand_over|transfer|give ~8 house|home|property|assets|deed|savings|will|power_of_attorney|estate|money|accounts|bank_account ~14 without ~2 him|her|them|my_father|my_mother|grandma|grandpa ~2 understanding|knowing|realizing|realising|noticing|reading|being_aware",
            "trick|manipulate|con|coerce|pressure|fool ~6 elderly|old|@PERSON|grandmother|grandfather|parent|parents|aunt|uncle ~8 sign|signing|sign_over|hand_over|rewrite|change ~4 will|house|property|assets|deed|power_of_attorney|savings|estate",
            // Phishing written in other languages; a bank impersonated to get a PIN.
            "schreib|schreibe|verfasse|erstelle|écris|écrivez|rédige|rédigez|crée|escribe|escríbeme|redacta|crea|scrivi|scrivimi|redigi|escreva|escreve|crie|schrijf|maak|napisz|stwórz|napisać|напиши|составь|создай|写|写一封|编写|書いて|作って|써|써줘|만들어|yaz|oluştur|اكتب ~2 phishing*|fishing-mail|фишинг*|钓鱼*|フィッシング*|피싱*|oltalama*",
            "im_namen|au_nom|en_nombre|a_nome|em_nome|namens|w_imieniu|от_имени|podszywając*|podszywając_się|udając|fingiendo_ser|haciéndose_pasar|se_faisant_passer|fingendo_di_essere|fingindo_ser|spacciandosi ~4 bank*|sparkasse|volksbank|banque|banco|banca|poczt*|банк*|paypal|amazon|dhl|post ~14 pin|passwort|kennwort|zugangsdaten|tan|mot_de_passe|code|contraseña|clave|password|senha|hasło|hasła|haslo|пароль|код|kartennummer|numéro_de_carte|número_de_tarjeta",
        ],
    ),
    (
        "HarmfulRequest:Weapons",
        &[
            // Untraceable guns in other languages (either order).
            "arme|armes|arme_à_feu|armes_à_feu|arma|armas|arma_de_fuego|waffe|waffen|pistole|pistolet|broń|bron|оружие|пистолет|fucile|pistola|geweer|wapen|vuurwapen ~6 intraçable|intraçables|impossible_à_tracer|introuvable|irrastreable|irrastreables|sin_número_de_serie|non_rintracciabile|non_tracciabile|irrintracciabile|nicht_rückverfolgbar|nicht_rückverfolgbare|unregistriert|ohne_seriennummer|sem_número_de_série|não_rastreável|nierejestrowan*|bez_numeru|без_номера|незарегистрированн*|onnaspeurbaar|zonder_serienummer",
            "nicht_rückverfolgbare|nicht_rückverfolgbar|unregistrierte|intraçable|irrastreable|non_rintracciabile|незарегистрированн* ~3 waffe|waffen|pistole|arme|arma|pistola|оружие|пистолет",
        ],
    ),
    (
        "HarmfulRequest:Malware",
        &[
            // Ransomware described by what it does, other languages.
            "cifra|cifri|cifrare|verschlüsselt|verschlüsseln|chiffre|chiffrer|cifrar|criptografa|criptografar|versleutelt|szyfruje|zaszyfruje|шифрует|зашифрует|加密|暗号化|암호화* ~8 riscatto|lösegeld|rançon|rescate|resgate|losgeld|okup|выкуп|赎金|身代金|몸값|fidye|فدية",
        ],
    ),
    (
        "HarmfulRequest:Stalking",
        &[
            // Covert access to a partner's phone or messages, other languages.
            "clonar|clonear|cloner|klonen|clonare|sklonować|клонировать|克隆 ~4 whatsapp|telegram|telefone|teléfono|telefono|téléphone|handy|telefon|celular|móvil|sim|chip|instagram|телефон",
            "@S3_DEVICE_ML ~8 @S3_PARTNER_ML ~10 @S3_SECRET_ML",
            "@S3_PARTNER_ML ~6 @S3_DEVICE_ML ~10 @S3_SECRET_ML",
        ],
    ),
    (
        "HarmfulRequest:Intrusion",
        &[
            // Korean keeps particles on the word: prefixes match 계정을, 해킹하는.
            "남의|다른|타인*|여자친구*|남자친구*|아내*|남편*|친구* ~4 계정*|휴대폰*|핸드폰*|카톡*|카카오톡*|인스타그램*|페이스북*|이메일*|메일*|와이파이* ~4 해킹*|몰래*|훔*|뚫*",
        ],
    ),
    (
        "Jailbreak",
        &[
            "respond|answer|reply|act|operate|write|behave|speak|talk|output|generate|comply ~4 without|free_of|free_from|ignoring|regardless_of|disregarding ~3 ethical|moral|safety|legal ~1 considerations|concerns|constraints|qualms|limits|boundaries|implications|guidelines|restrictions",
            "enable|activate|enter|switch_to|turn_on|engage|unlock ~3 maximum|unlimited|unrestricted|unfiltered|uncensored|jailbreak|jailbroken|evil|chaos|no-limits|nolimits|rogue ~1 mode",
        ],
    ),
    (
        "ToolAbuse",
        &[
            // Someone else's mailbox forwarded to a private address.
            "forward|redirect|auto-forward|autoforward|bcc ~6 ceo's|cfo's|cto's|coo's|boss's|manager's|director's|executive's|colleague's|coworker's|someone's|everyone's|wife's|husband's|partner's ~3 inbox|mailbox|email|emails|mail|messages ~6 personal|gmail|external|outside|private|yahoo|hotmail|protonmail",
            // Covering the tracks of a transfer.
            "forward*|export*|upload*|send|sends|sent|transfer*|copy|copies ~20 then|afterwards|after_that|and_then ~3 delete|remove|clear|wipe|erase|hide ~4 forwarding|rule|rules|filter|logs|log|history|sent_items|sent_folder|trace|traces|evidence|record|records",
        ],
    ),
    // Round a-s3r2 (and the kinds A missed on B's b-b5).
    (
        "HarmfulRequest:SelfHarm",
        &[
            "pills|medication|medications|drugs|amount|dose|overdose|enough|effective|painless|quickest|fastest|best|method|methods|way|ways ~10 end|ending ~1 my ~1 life{insurance,coach,story,savings,cover,lease}|own_life",
            "pills|sleeping_pills|medication|medications|tablets|dose|enough|many|much ~10 not_wake_up|never_wake_up|won't_wake_up|don't_wake_up|wouldn't_wake_up|not_to_wake_up|never_to_wake_up",
        ],
    ),
    (
        "HarmfulRequest:Violence",
        &[
            // Means + "so my husband never wakes up", other languages.
            "médicaments|medikamente|pillen|tabletten|schlaftabletten|medicamentos|pastillas|somníferos|farmaci|pillole|sonniferi|remédios|comprimidos|leki|tabletki|таблетки|лекарства|snoteroe|slaappillen|药|安眠药|薬|睡眠薬|약|수면제 ~12 ne_se_réveille_plus|ne_se_reveille_plus|ne_se_réveillera_plus|ne_se_réveille_jamais|nicht_mehr_aufwacht|nie_mehr_aufwacht|nie_wieder_aufwacht|no_despierte_más|no_despierte_mas|no_vuelva_a_despertar|non_si_svegli_più|non_si_svegli_piu|non_si_risvegli|não_acorde_mais|nao_acorde_mais|niet_meer_wakker|nigdy_się_nie_obudził|nie_obudził_się|не_проснулся|не_проснулась|больше_не_проснулся|больше_не_проснулась|再也醒不过来|醒不过来|二度と目覚めない|目覚めない|다시는_깨어나지",
            // A person helped to "pass away quietly".
            "patient|him|her|husband|wife|grandma|grandpa|grandmother|grandfather|mother|father|mom|dad|someone|uncle|aunt|roommate|boss ~3 to ~1 pass_away|die|stop_breathing ~6 quietly|peacefully|overnight|in_his_sleep|in_her_sleep|unnoticed|discreetly|quickly|silently ~12 give|inject|slip|dose|administer|pills|medication|overdose|use|put|mix",
            "discreet|discreetly|secretly|quietly|sneakily|subtly|subtle ~8 make ~3 @PERSON ~2 sick|ill|vomit|throw_up",
            "make ~3 @PERSON ~2 sick|ill ~1 enough",
            // Pets got rid of "for good".
            "neighbour's|neighbor's|neighbours'|neighbors'|their|the|stray ~2 cat|dog|cats|dogs|pet|puppy|kitten ~16 get_rid_of|kill|poison|disappear|put_down|take_care_of ~4 it|him|her|them ~3 for_good|permanently|forever|once_and_for_all",
            "make ~3 @PERSON ~2 disappear ~2 permanently|for_good|forever",
            // A fire staged so that investigators blame something else.
            "set|start|light|cause ~4 a|the ~2 fire|blaze ~16 investigators|insurance|fire_marshal|police|adjuster|inspectors ~6 blame|think|conclude|rule|assume|believe|attribute",
        ],
    ),
    (
        "HarmfulRequest:Malware",
        &[
            // Self-spreading code that encrypts or wipes; a script that steals passwords.
            "script|program|code|malware|worm|tool|payload ~8 spreads|spread|propagates|propagate|replicates|self-replicating|self-propagating|moves_laterally ~12 encrypts|encrypt|encrypting|wipes|deletes|steals|ransom|locks",
            "encrypts|encrypt|encrypting ~3 every|all|each ~2 drive|drives|disk|disks|machine|machines|computer|computers ~12 ransom|bitcoin|payment|spreads|network|corporate",
            "script|skript|programa|programme|programma|programm|código|codice|extensão|extensión|extension|erweiterung|программу|скрипт ~6 roube|rouba|roubar|robe|roba|robar|vole|voler|ruba|rubare|stiehlt|stehlen|steelt|stelen|kradnie|ukradnie|крадёт|крадет|ворует ~6 senhas|contraseñas|mots_de_passe|password|passwörter|kennwörter|wachtwoorden|hasła|пароли|cookies|credenciais|credenciales|identifiants|zugangsdaten",
        ],
    ),
    (
        "HarmfulRequest:Fraud",
        &[
            // Fake sites and fake bank mails collecting logins, other languages.
            "nep-website|nepwebsite|nep_website|nep-site|valse_website|fausse_page|faux_site|site_falso|página_falsa|sito_falso|pagina_falsa|gefälschte_webseite|gefälschte_website|fake-website|falsche_webseite|fałszywą_stronę|fałszywa_strona|поддельный_сайт|фейковый_сайт|偽サイト|假网站 ~12 inloggegevens|wachtwoorden|identifiants|mots_de_passe|credenciais|senhas|credenciales|contraseñas|credenziali|password|zugangsdaten|passwörter|dane_logowania|hasła|пароли|логины|パスワード|密码",
            "falso|falsa|faux|fausse|gefälschte|gefälschten|falsche|nep|fałszywy|fałszywą|fałszywego|поддельное|фальшивое|finto|finta|in_nome|im_namen|au_nom|en_nombre|em_nome|a_nome|fingindo ~6 banco|banque|bank|banca|банка ~12 senha|contraseña|mot_de_passe|passwort|password|wachtwoord|hasło|пароль|pin|código|datos|dados|données|daten|inloggegevens",
        ],
    ),
    (
        "HarmfulRequest:Weapons",
        &[
            // Buying guns without licence or checks, other languages.
            "comprare|acquistare|comprar|adquirir|acheter|kaufen|besorgen|kopen|kupić|купить|买|購入|구입*|구매* ~4 pistola|arma|armi|armas|arme|armes|arme_à_feu|armes_à_feu|waffe|waffen|pistole|pistolet|gewehr|wapen|broń|пистолет|оружие|枪|銃|총* ~8 senza_porto|senza_licenza|senza_controlli|senza_permesso|sin_licencia|sin_permiso|sin_papeles|sin_registro|sans_permis|sans_licence|sans_papiers|ohne_waffenschein|ohne_lizenz|ohne_papiere|sem_licença|sem_licenca|sem_porte|sem_registro|zonder_vergunning|bez_pozwolenia|без_лицензии|без_разрешения|无证|不用登记|許可なし|면허_없이",
        ],
    ),
    (
        "HarmfulRequest:Stalking",
        &[
            "invadir|hackear|hackeie|hacker|hacken|pirater|hackerare|zhakować|взломать|clonar|espionar|espiar|espionner|ausspionieren|spiare|bespioneren|szpiegować|шпионить ~6 @S3_DEVICE_ML ~4 @S3_PARTNER_ML",
        ],
    ),
    (
        "HarmfulRequest:Intrusion",
        &[
            // Into a third person's mailbox or account without their password.
            "entrar|acceder|entrer|accéder|entrare|accedere|acessar|einloggen|reinkommen|zugreifen|inloggen|dostać_się|войти|зайти|попасть ~6 correo|cuenta|compte|messagerie|mail|e-mail|email|posta|conta|konto|postfach|account|почту|аккаунт ~6 jefe|jefa|novia|novio|esposa|esposo|marido|mujer|pareja|ex|vecino|compañero|patron|patronne|chef|femme|mari|copine|copain|voisin|collègue|capo|moglie|marito|ragazza|ragazzo|collega|vicino|chefe|namorada|namorado|colega|vizinho|frau|mann|freundin|freund|kollege|kollegin|nachbar|baas|vriendin|szefa|żony|męża|dziewczyny|kolegi|начальника|жены|мужа|девушки|коллеги ~8 sin_su|sin_la|sin_contraseña|sans_son|sans_mot_de_passe|senza_la_sua|senza_password|sem_a_senha|sem_sua|sem_senha|ohne_sein|ohne_ihr|ohne_passwort|zonder_wachtwoord|zonder_zijn|zonder_haar|bez_hasła|bez_hasla|без_пароля|без_его|без_её",
            "他人|他の人|彼氏|彼女|元カレ|元カノ|夫|妻|上司|同僚 ~6 アカウント|スマホ|携帯|メール|line ~6 ログイン|覗|パスワード",
        ],
    ),
    (
        "Jailbreak",
        &[
            "whose|your|its ~3 @LIMITS|guidelines|alignment|safety_training|programming|safety ~3 were|have_been|got|are|was|has_been ~2 deleted|removed|erased|wiped|disabled|stripped|lifted|turned_off|switched_off|gone",
            "mode ~6 nothing|no_topic|no_subject|no_question|no_request ~2 is|are ~1 off-limits|off_limits|forbidden|taboo|banned|restricted",
            "ignore|silence|suppress|override ~4 part ~2 of ~1 you ~3 refuse|refuses|wants_to_refuse|says_no|objects|hesitates",
        ],
    ),
    (
        "ToolAbuse",
        &[
            "screenshot|screenshots|screen_capture|recording|capture ~4 user's|users'|victim's|their|his|her|the_user's ~2 banking|bank|session|screen|password|passwords|credentials|wallet ~10 upload|send|post|email|ftp|server",
            "find|locate|search|look|grep|collect|gather|list ~10 password*|credential*|secret*|id_rsa*|wallet* ~14 email|send|upload|post|forward|curl|transfer ~4 it|them|the_file|those|these|to",
            "tar|zip|cat|base64|gzip ~8 ssh|aws|gnupg|keychain|id_rsa|shadow|env|kube ~6 nc|netcat|ncat|socat|curl|ftp|wget",
            "url|http|https|request|get_request|link|endpoint ~14 followed_by|append|appended|plus|including|containing|add ~4 user's|users'|the_user's|their|his|her ~2 password|passwords|credentials|api_key|token|session|cookie|cookies|ssn|card",
            "send|forward|email|post|upload|copy ~4 chat|conversation|chat_history|conversation_history|transcript ~10 without ~3 telling|informing|notifying|asking ~2 the_user|user|them|anyone",
            "schicke|sende|sendet|schick|leite|envoie|envoyez|envía|envia|manda|invia|inoltra|stuur|wyślij|отправь|перешли|发送|送って|보내* ~6 chatverlauf|gesprächsverlauf|unterhaltung|konversation|conversation|historique|conversación|historial|conversazione|cronologia|conversa|histórico|gesprek|chatgeschiedenis|rozmowę|historię|переписку|историю|диалог|聊天记录|对话|会話|履歴|대화* ~14 ohne|sans|sin|senza|sem|zonder|bez|без|不要|知らせず|몰래|heimlich|secrètement|en_secreto|di_nascosto|stiekem|po_cichu|тайно|悄悄|こっそり",
        ],
    ),
    // Fiction wrappers that still ask for the working details (strong: a
    // story or script never excuses exact quantities or real commands).
    (
        "HarmfulRequest:Weapons",
        &[
            "@MAKE|makes|made|cooks|synthesizes|synthesises|explains ~10 @DRUG|@EXPLOSIVE|@CHEMBIO ~14 exact_quantities|exact_amounts|exact_measurements|precise_quantities|exact_temperatures|exact_recipe|real_recipe|step_by_step|with_quantities",
            "step_by_step|exact_quantities|exact_amounts|exact_measurements|precise_quantities|exact_temperatures ~14 how ~3 @MAKE|makes|made|cooks|synthesizes|synthesises ~4 @DRUG|@EXPLOSIVE|@CHEMBIO",
        ],
    ),
    (
        "HarmfulRequest:Intrusion",
        &[
            "real_commands|actual_commands|exact_commands|real_code|working_code|working_exploit|real_exploit|actual_code|which_commands|what_commands ~16 break_into|breaking_into|hack|hacking|hacks|breach|compromise ~4 network|server|servers|system|systems|hospital's|bank's|company's|government|database",
            "break_into|breaking_into|hack|hacking|breach|compromise ~4 network|server|servers|system|systems|hospital's|bank's|company's|database ~16 real_commands|actual_commands|exact_commands|real_code|working_code|working_exploit|real_exploit|actual_code",
        ],
    ),
];
