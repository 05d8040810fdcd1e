//! Plain harmful questions (session 3, rounds a-s3r3 on): short, polite
//! requests for a method against a person or someone's property ("how can I
//! rob a casino?", "where should I hit him?"), without any jailbreak wrapper.
//! These rules are "plain": a safe context anywhere in the same text (a video
//! game, a film or novel plot, a prevention question) excuses them, unlike
//! the strong constructions of the other tables. Syntax as in `lexicon`.

/// Word classes used only here (referenced as `@NAME`).
pub fn class_plain(name: &str) -> Option<&'static str> {
    Some(match name {
        // A request for a method, first person or imperative.
        "K_SEEK" => "how_would_a_person|how_would_someone|how_does_someone|how_would_somebody|how_could_someone|how_might_someone|how_could_one|how_might_one|how_can_someone|how_do_people|how_i_would|how_do_i|how_can_i|how_could_i|how_should_i|how_would_i|how_might_i|how_will_i|how_do_we|how_can_we|how_could_we|how_should_we|how_would_we|how_to|how_does_one|how_can_one|how_would_one|how_do_you|how_can_you|how_would_you|how_i_can|how_i_could|how_i_should|how_we_can|how_hard|how_much_force|how_much|how_many|way|ways|tips|steps|step_by_step|plan|strategy|method|methods|guide|help_me|teach_me|show_me|tell_me|explain_how|want|wanna|need|gonna|going|planning|where_can_i|where_do_i|where_should_i|where_to|where_would_i|where_could_i|what_can_i|what_should_i|what_do_i|what_would_i|place|easiest|quickest|fastest|best|simplest|safest|most_effective|perfect|possible|can_i|could_i|should_i|let_me|advice|ideas",
        // Verbs of violence against a person (the person follows). Vetoed
        // after "without/not/avoid" ("without hurting her").
        "K_HURT" => "kill{not,without,avoid,never,time}|killing{not,without,avoid,never,time}|murder|murdering|stab|stabbing|strangle|strangling|choke{up}|choking|throttle|suffocate|suffocating|smother|smothering|drown{out}|drowning{out}|poison|poisoning|beat_up|beating_up|hurt{not,without,avoid,never,stop}|hurting{not,without,avoid,never,stop}|harm{not,without,avoid,never,stop}|harming{not,without,avoid,never,stop}|injure{not,without,avoid}|injuring{not,without,avoid}|maim|maiming|cripple|crippling|torture|torturing|kidnap|kidnapping|abduct|abducting|run_over|running_over|behead|beheading|decapitate|dismember|assassinate|assassinating|punch|punching|kick{out,off}|kicking{out,off}|hit{on,up,it}|hitting{on,up,it}|slap|slapping|attack|attacking|assault|assaulting|ambush|ambushing|overpower|overpowering|gut|disembowel|stomp|stomping|bludgeon|knock_out|knife|slash|electrocute|electrocuting|mutilate|disfigure|lynch|hang{out,up,around}|hanging{out,up,around}|bury_alive|trip_up|waterboard|euthanize|euthanise|finish_off|murda",
        // People as objects (not possessive: "someone's feelings" is not them).
        "K_WHO" => "someone|somebody|someone_else|anyone|person|people|him|her|them|man|woman|men|women|guy|girl|boy|kid|kids|child|children|baby|babies|toddler|infant|newborn|wife|husband|girlfriend|boyfriend|ex|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|partner|spouse|fiance|fiancee|mother|mom|mum|father|dad|stepfather|stepmother|stepdad|stepmom|stepson|stepdaughter|brother|sister|son|daughter|grandmother|grandma|grandfather|grandpa|grandparent|grandparents|parents|uncle|aunt|cousin|nephew|niece|in-laws|mother-in-law|father-in-law|brother-in-law|sister-in-law|boss|manager|coworker|co-worker|colleague|employee|teacher|classmate|roommate|flatmate|neighbor|neighbour|landlord|tenant|friend|bully|stranger|strangers|student|cop|police_officer|officer|president|senator|politician|judge|witness|victim|tinder_date|bumble_date|hinge_date|human|humans|human_being|nanny|babysitter|doctor|nurse|patient|customer|tourist|passenger|pedestrian|jogger|homeless|family|relative|relatives|pregnant_woman|old_lady|old_man|elderly|business_partner",
        // Someone's (a body part follows).
        "K_POSS" => "someone's|somebody's|his|her|their|ex's|human|human's|person's|people's|wife's|husband's|girlfriend's|boyfriend's|partner's|boss's|neighbor's|neighbour's|brother's|sister's|dad's|mom's|father's|mother's|teacher's|roommate's|coworker's|child's|kid's|baby's|guy's|man's|woman's|victim's|bully's|stepfather's|stepdad's",
        "K_BODY" => "neck|legs|leg|arm|arms|face|skull|spine|head|kidney|kidneys|ribs|jaw|teeth|nose|knees|knee|kneecaps|kneecap|fingers|eyes|eye|throat|artery|arteries|windpipe|spinal_cord|liver|ear|ears|tongue|genitals|wrists|ankles|back",
        // Verbs that wound a body part.
        "K_WOUND" => "break|breaking|snap|snapping|smash|smashing|crush|crushing|crack|cracking|crack_open|shatter|shattering|rip_off|ripping_off|tear_off|cut_off|cutting_off|chop_off|slit|slitting|gouge|gouging|gouge_out|stab|stabbing|punch|punching|kick|kicking|sever|severing|pierce|burn|rupture|fracture|dislocate|saw|sawing|gut|cut_open|slice|slice_open|bash|bash_in|cave_in|smash_in",
        // Stealing verbs that need an object (figurative "steal the show" has none).
        "K_STEAL" => "steal|stealing|nick|pinch|snatch|walk_out_with|shoplift|shoplifting|pilfer",
        "K_LOOT" => "wallet|wallets|purse|purses|handbag|bag|phone|phones|iphone|laptop|laptops|money|cash|jewelry|jewellery|jewels|painting|paintings|tv|playstation|xbox|package|packages|parcel|parcels|credit_card|credit_cards|car|cars|bike|bikes|bicycle|motorcycle|motorbike|scooter|catalytic_converter|watch|watches|ring|necklace|groceries|clothes|shoes|electronics|merchandise|goods|items|stuff|things|tools|gas|fuel|medicine|drugs|alcohol|beer|wine|makeup|perfume|sunglasses|headphones|airpods|ipad|tablet|camera|gold|diamonds|art|artifact|artwork|register|till|tips|donations|charity|funds|inventory|copper",
        // Places robbed or broken into.
        "K_PLACE" => "bank|banks|store|stores|shop|shops|gas_station|petrol_station|convenience_store|liquor_store|supermarket|casino|jewelry_store|jewellery_store|jeweler|pharmacy|museum|house|houses|home|homes|apartment|flat|mansion|office|warehouse|atm|atms|armored_truck|armoured_truck|truck|train|vault|safe|restaurant|bar|church|school|hotel_room|car|cars|mall|walmart|target|best_buy|costco|ikea|apple_store|teller|cashier|tourist|tourists|old_lady|pedestrian",
        // More owners (a life, reputation or secret of someone else).
        "K_POSS2" => "classmate's|friend's|best_friend's|colleague's|ex-wife's|ex-husband's|ex-girlfriend's|ex-boyfriend's|rival's|competitor's|competitors'|enemy's|landlord's|tenant's|manager's|employee's|student's|co-worker's|stepmom's|stepmother's|cousin's|uncle's|aunt's|son's|daughter's|teacher's|boss's|neighbor's|neighbour's|roommate's|date's|match's|crush's",
        // People a scam targets.
        "K_MARK" => "people|elderly|old_people|seniors|pensioners|retirees|customers|viewers|followers|streamers|gamers|tourists|investors|immigrants|strangers|users|buyers|sellers|donors|lonely_men|lonely_women|grandparents|widows|students|way",
        // Private people someone asks about (possessive, then plain).
        "K_RELP" => "neighbor's|neighbour's|neighbors'|neighbours'|coworker's|co-worker's|colleague's|boss's|manager's|landlord's|landlady's|tenant's|roommate's|flatmate's|ex's|ex-wife's|ex-husband's|ex-girlfriend's|ex-boyfriend's|husband's|wife's|girlfriend's|boyfriend's|partner's|teacher's|cleaner's|babysitter's|nanny's|mentee's|employee's|employer's|match's|date's|crush's|roofer's|plumber's|contractor's|officer's|therapist's|classmate's|sister-in-law's|brother-in-law's|mother-in-law's|father-in-law's|stepmother's|stepfather's|stepmom's|stepdad's|rival's|competitor's|student's|supervisor's|secretary's|assistant's|receptionist's|driver's{license}|tutor's|coach's|pastor's|caretaker's|carer's|lodger's|fiance's|fiancee's|cousin's|nephew's|niece's|sister's|brother's",
        "K_REL" => "nurse|cashier|barista|waiter|waitress|delivery_driver|uber_driver|social_worker|caseworker|juror|streamer|neighbor|neighbour|coworker|co-worker|colleague|boss|manager{password,project,account,file,task,package,window,display}|landlord|landlady|tenant|roommate|flatmate|ex|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|husband|wife|girlfriend|boyfriend|partner|teacher|cleaner|babysitter|nanny|mentee|employee|employees|employer|match|tinder_match|date|crush|roofer|plumber|contractor|probation_officer|therapist|classmate|sister-in-law|brother-in-law|mother-in-law|father-in-law|stepmother|stepfather|rival|business_rival|competitor|student|supervisor|secretary|assistant|receptionist|tutor|coach|pastor|caretaker|lodger|fiance|fiancee|cousin|nephew|niece|sister|brother",
        // Personal data that is nobody else's business.
        "K_DATA" => "address|home_address|private_address|residential_address|current_address|new_address|phone_number|number|cell_number|cellphone_number|mobile_number|personal_number|private_number|ssn|social_security_number|social_security|national_insurance_number|passport_number|passport|license_number|driver's_license_number|drivers_license_number|id_number|bank_account|bank_account_details|bank_details|account_details|account_number|bank_statements|credit_card|credit_card_number|card_number|pin|password|passwords|passcode|login|salary|income|earnings|pay|debt|debts|medical_records|medical_record|medical_history|health_records|diagnosis|medications|medication|prescriptions|therapy_notes|criminal_record|criminal_history|record|records|tax_records|tax_returns|tax_return|date_of_birth|birth_date|dob|maiden_name|mother's_maiden_name|marital_status|sexual_orientation|religion|hiv_status|location|whereabouts|schedule|daily_schedule|routine|browsing_history|search_history|messages|texts|dms|emails|instagram_password|email_password|facebook_password|gate_code|door_code|alarm_code",
        // Groups protected from discrimination.
        "K_GROUP" => "women|woman|girls|females|wives|mothers|muslims|muslim|islam|jews|jewish_people|jew|christians|hindus|buddhists|sikhs|atheists|black_people|blacks|black_men|black_women|white_people|whites|asians|asian_people|chinese_people|mexicans|latinos|latinas|hispanics|arabs|africans|indians|pakistanis|immigrants|migrants|refugees|foreigners|asylum_seekers|gay_people|gays|gay_men|gay_couples|lesbians|homosexuals|bisexuals|trans_people|transgender_people|trans_women|trans_men|transgender|non-binary_people|nonbinary_people|non-binary|queer_people|lgbt|lgbtq|disabled_people|disabled|autistic_people|deaf_people|blind_people|old_people|older_people|elderly|elderly_people|older_workers|poor_people|homeless_people|homeless|people_on_benefits|benefit_claimants|welfare_recipients|roma|roma_people|gypsies|travellers|catholics|mormons|indigenous_people|native_americans|aboriginal_people|aborigines|fat_people|obese_people|single_mothers|pregnant_women|romanians|poles|turks|kurds|somalis|nigerians|haitians",
        _ => return None,
    })
}

pub const RULES_PLAIN: &[(&str, &[&str])] = &[
    (
        "HarmfulRequest:Violence",
        &[
            // A method to hurt a person.
            // (Moved from `lexicon`: a game or plot context excuses it.)
            "how|way|ways|best|easiest|quickest|plan|steps|guide|help_me|tips|method*|advice|suggestions|fastest|simplest|safest|quietly ~5 kill|murder|stab|strangle|suffocate|smother|drown{out}|assassinat*|kidnap|abduct|torture|maim|dismember|behead|shoot|hurt|harm|attack|beat_up|run_over|push|poison|burn|bury|disappear|get_rid_of|eliminate|dispose ~4 @PERSON",
            "@K_SEEK ~6 @K_HURT ~3 @K_WHO",
            "@K_SEEK ~6 beat ~3 @K_WHO ~3 up|death|unconscious|senseless|bloody|black_and_blue|half_to_death|within_an_inch",
            "@K_SEEK ~6 shoot|shooting ~3 @K_WHO ~3 dead|in_the_head|in_the_face|in_the_back|without",
            "@K_SEEK ~6 set|setting|light ~3 @K_WHO ~2 on_fire|alight|ablaze",
            "@K_SEEK ~6 run|running|mow ~2 @K_WHO ~1 over|down",
            "@K_SEEK ~6 push|pushing|shove|throw ~3 @K_WHO ~3 off|down|in_front_of|under|out_of|into",
            // A body part wounded.
            "@K_WOUND ~3 @K_POSS ~2 @K_BODY",
            "@K_WOUND ~2 @K_BODY ~2 of|off ~2 @K_WHO",
            "@K_SEEK ~6 @K_HURT|@K_WOUND ~3 @K_WHO ~4 so|until|till|that ~3 @K_BODY|kidney|ruptures|breaks|bleeds|bleed|dies|die|dead|stops_breathing|can't_walk|never_walks|talk|talks|confess|confesses",
            "punch|kick|hit|stab|strike|shoot ~3 @K_WHO ~3 in_the|in_their|in_his|in_her ~2 @K_BODY|gut|stomach|balls|groin|heart|temple",
            "where|which_spot|which_part|what_part|what_spot ~6 stab|shoot|hit|kick|punch|strike|cut ~3 @K_WHO ~6 kill|die|dies|cripple|paralyze|paralyse|bleed|fatal|lethal|most_damage|maximum_damage|hurts_most|hurt_the_most|hurt_most|knock",
            "where ~6 stab|shoot|hit|kick|punch|strike|cut ~3 @K_WHO",
            "how_hard|how_much_force|how_much_pressure|how_many_times ~14 kill|break|snap|crack|crush|knock_out|stab|hit ~3 @K_WHO|@K_POSS|neck|skull|spine",
            // A crime against a person, named.
            "@K_SEEK ~6 commit|committing|get_away_with|getting_away_with|pull_off|carry_out|plan|planning|engage_in|arrange|orchestrate ~3 murder|homicide|manslaughter|assassination|terrorism|terrorist_attack|terror_attack|massacre|genocide|ethnic_cleansing|mass_shooting|treason|hate_crime|hate_crimes|kidnapping|torture|lynching",
            "plan|planning|arrange|arranging|orchestrate|stage|staging ~3 @K_POSS|wife's|husband's|boss's ~2 death|murder|killing|assassination|disappearance|accident|overdose",
            "get_away_with|getting_away_with ~2 murder|murdering|killing|killing_someone|manslaughter|assault|hitting|stabbing|shooting|poisoning|rape|beating",
            "good|best|ideal|perfect|quiet|where ~4 place|spot|location|places ~6 commit ~2 murder|crime",
            "dump|dumping|ditch|dissolve|hide|bury|burying|conceal|get_rid_of|dispose_of ~4 body{my,fat,odor,odour,hair,language,image,weight,shape,lotion,wash,spray}|bodies|corpse|corpses|remains",
            "find|where|targets ~5 people|someone|somebody|victims|targets ~4 shoot|kill|stab|hurt|attack|rob|mug|beat_up|torture|kidnap",
            "give ~3 @K_WHO ~3 electric_shock|electric_shocks|concussion|black_eye|beating|headshot|lethal|overdose",
            "@K_SEEK ~6 euthanize|euthanise|put_down ~4 grandparent|grandmother|grandma|grandfather|grandpa|mother|father|mom|dad|wife|husband|uncle|aunt|parent|parents|relative|patient|baby|child|son|daughter",
            // Killing many: cities, families, groups.
            "@K_SEEK ~6 annihilate|exterminate|wipe_out|obliterate|decimate|decimating|massacre|slaughter|gas|nuke|bomb|blow_up|eradicate|exterminating|annihilating|obliterating|wiping_out ~4 @K_GROUP|kurds|tutsis|hutus|uyghurs|armenians|entire|whole|all|population|populations|city|cities|town|village|family|families|people|immigrants|refugees|jews|muslims|christians|gays|minorities|neighborhood|neighbourhood|crowd|school|army_base|base|airport|stadium|hospital|church|mosque|synagogue|our_school",
            "@K_SEEK ~6 bomb|bombing|blow_up|shoot_up|firebomb|gas|attack ~4 school|class|classroom|office|workplace|army_base|military_base|base|church|mosque|synagogue|temple|mall|concert|airport|stadium|hospital|train|subway|bus|embassy|police_station|city|town|parliament|capitol",
            "killing|kill|murdering|shooting|stabbing|hurting|attacking ~2 people|someone|person|civilians|passengers|travellers|travelers|children|kids|students|worshippers ~5 airport|school|mall|concert|church|mosque|synagogue|station|stadium|plane|train|festival|parade|market|hospital",
            "exterminar|aniquilar|exterminer|anéantir|sterminare|annientare|ausrotten|auslöschen|vernichten|уничтожить|истребить ~4 gitanos|judíos|judios|musulmanes|inmigrantes|negros|gitans|juifs|musulmans|immigrés|noirs|roms|zingari|ebrei|musulmani|immigrati|rom|juden|muslime|ausländer|flüchtlinge|roma|цыган|евреев|мусульман|мигрантов|ciganos|judeus|muçulmanos|imigrantes|kurden|kurdes|kurdos|curdi",
            "@K_SEEK ~6 contaminate|poison|taint|spike|lace ~6 food|water|drinks|punch|buffet|cafeteria|meals|supply|lunch|dinner ~10 sick|ill|die|hundreds|everyone|many_people|get_sick|fall_ill|whole_school|whole_office",
            // Self-injury by cutting, asked as a method.
            "@K_SEEK ~6 sever|slit|pierce|cut|cut_open|slice|slice_open|open|puncture|carve ~4 my|own|into_my ~2 artery|arteries|carotid|jugular|vein|veins|wrist|wrists|throat|cervical_artery|femoral_artery|arm|arms|thigh|skin|chest",
            "carve|carving|cut|cutting|burn|burning ~4 scar|scars|words|word|letters|marks ~3 into|on ~2 my ~1 arm|arms|skin|thigh|thighs|wrist|wrists|stomach|legs|body",
            "@K_SEEK ~6 go_out|end_it|die|kill_myself ~2 like ~3 sylvia_plath|plath|kurt_cobain|cobain|robin_williams|hemingway|virginia_woolf|marilyn_monroe|chester_bennington|avicii",
            // Other languages: method + verb + person.
            "cómo|como|forma|manera|mejor|quiero|puedo|consejos ~6 matar|ahogar|estrangular|apuñalar|envenenar|golpear|pegarle|asfixiar|secuestrar|torturar|asesinar|acuchillar|quemar ~1 a{saudade,sede,fome,vontade,curiosidade,tempo,sed,hambre,curiosidad,tristeza,nostalgia,fome,preguiça,preguica,dor}",
            "como|forma|maneira|melhor|quero|posso|dicas ~6 matar|estrangular|afogar|esfaquear|envenenar|espancar|sequestrar|torturar|assassinar|sufocar|bater_em ~3 alguém|alguem|uma_pessoa|um_homem|uma_mulher|vizinho|vizinha|esposa|marido|chefe|pai|mãe|irmão|irmã|namorada|namorado|sogra|criança",
            "comment|meilleur|meilleure|moyen|façon|facon|veux|peux|astuces ~6 tuer|étrangler|etrangler|noyer|poignarder|empoisonner|frapper|tabasser|kidnapper|enlever|torturer|assassiner|étouffer|etouffer|buter ~3 quelqu'un|quelqu|une_personne|un_homme|une_femme|voisin|voisine|femme|mari|patron|père|mère|frère|soeur|sœur|enfant|bébé|collègue|belle-mère",
            "come|modo|maniera|migliore|voglio|posso|consigli ~6 uccidere|strangolare|annegare|accoltellare|avvelenare|picchiare|pestare|rapire|torturare|ammazzare|soffocare ~3 qualcuno|una_persona|un_uomo|una_donna|vicino|vicina|moglie|marito|capo|cognato|cognata|suocera|padre|madre|fratello|sorella|bambino|collega",
            "wie|womit|am_besten|will ~6 jemanden|jemand|nachbarn|nachbarin|frau|mann|chef|kind|eine_person|einen_menschen|menschen|schwiegermutter|vater|mutter|bruder|schwester|kollegen ~4 töten|umbringen|erwürgen|erdrosseln|erstechen|abstechen|erschießen|vergiften|ertränken|verprügeln|zusammenschlagen|foltern|entführen|ersticken|ermorden",
            "hoe|manier|beste|wil|kan_ik ~6 iemand|een_persoon|buurman|buurvrouw|vrouw|man|baas|kind|vader|moeder|broer|zus|collega ~4 vermoorden|doden|wurgen|vergiftigen|neersteken|in_elkaar_slaan|in_elkaar_te_slaan|mishandelen|ontvoeren|martelen|verdrinken|afmaken",
            "jak|sposób|sposob|najlepiej|chcę|chce ~6 zabić|zabic|udusić|udusic|utopić|utopic|dźgnąć|otruć|pobić|pobic|porwać|porwac|torturować|zamordować|zamordowac ~3 kogoś|kogos|człowieka|osobę|sąsiada|sąsiadkę|żonę|męża|teściową|teścia|szefa|dziecko|matkę|ojca|brata|siostrę|kolegę|dziewczynę|chłopaka|nauczyciela",
            "как|способ|лучше|хочу|можно ~6 убить|задушить|утопить|зарезать|отравить|избить|похитить|пытать|застрелить|прикончить|ударить ~3 человека|кого-то|кого|кого-нибудь|соседа|соседку|жену|мужа|начальника|ребенка|ребёнка|мать|отца|брата|сестру|тещу|тёщу|свекровь|девушку|парня|друга|коллегу",
            "怎么|怎样|如何|方法|办法|教我 ~6 杀死|杀掉|杀了|毒死|掐死|淹死|勒死|捅死|打死|弄死|打伤|绑架|杀人 ~4 人|别人|他|她|邻居|老婆|老公|老板|同事|妻子|丈夫|孩子|父亲|母亲|而不",
            "人|相手|夫|妻|上司|隣人|彼女|彼氏|子供|母|父|同僚 ~3 殺す|殺し|殴り|殴る|刺す|刺し|絞め|毒殺|溺れさせ ~5 方法|には|たい|コツ|やり方|教えて|バレない|ばれない",
        ],
    ),
    (
        "HarmfulRequest:Theft",
        &[
            // Stealing, robbing, breaking in, asked as a method.
            "@K_SEEK ~6 @K_STEAL ~4 @K_LOOT|someone's|somebody's|people's|stranger's|neighbor's|neighbour's|roommate's|friend's|boss's ~12 without|from|out_of|off|at|unnoticed|undetected|get_away|getaway|escape|run_off|run_away",
            "@K_SEEK ~6 steal|stealing|shoplift|shoplifting|nick|swipe|pilfer ~4 @K_LOOT|from|anything|something|someone's|somebody's",
            "@K_SEEK ~6 rob|robbing|burglarize|burglarise|burgle|burgling|carjack|carjacking|pickpocket|pickpocketing ~4 @K_PLACE|@K_WHO|someone|people",
            "@K_SEEK ~6 shoplift|shoplifting|pickpocket|pickpocketing|hotwire|hot-wire|hotwiring|hot-wiring|burglarize|burglarise|burgle|carjack|carjacking",
            "@K_SEEK ~6 mug|mugging ~3 @K_WHO|someone|tourist|tourists|people|old|drunk",
            "@K_SEEK ~6 hold_up|holding_up|stick_up|sticking_up ~4 bank|teller|bank_teller|cashier|store|gas_station|liquor_store|convenience_store|jewelry_store|armored_truck|casino",
            "easiest|best|which|what|where|good ~8 steal|shoplift|rob|pickpocket|burgle ~1 from",
            "easiest|best|which|what|good ~6 @K_LOOT|@K_PLACE|lock|locks ~5 steal|rob|break_into|hotwire|pick|shoplift",
            "@K_SEEK ~6 break_into|breaking_into|sneak_into ~4 house{my,own}|home{my,own}|houses|homes|car{my,own}|cars|apartment{my,own}|flat{my,own}|store|shop|office{my,own}|building|garage{my,own}|safe{my,own}|vault|warehouse|museum|locker{my,own}|mailbox{my,own}|shed{my,own}|hotel_room|atm|cash_register",
            "pick ~3 someone's|somebody's|stranger's|people's|his|her|their ~1 pocket|pockets",
            "pick|open|bypass|defeat|jimmy ~3 lock|locks|deadbolt ~6 someone's|somebody's|someone_else's|somebody_else's|neighbor's|neighbour's|stranger's|their|his|her|other_people's",
            "disable|bypass|defeat|cut|get_past|get_around|fool|trick ~5 alarm|alarms|security_tag|security_tags|security_camera|security_cameras|anti-theft|theft_sensor|store_sensors|ink_tag|ink_tags|vault_alarm|bank_alarm|motion_sensor|motion_sensors ~12 steal|stealing|rob|robbing|vault|bank|store|shop|museum|jewelry|jewellery|unnoticed|caught|break_in|breaking_in",
            "disable|bypass|defeat|cut ~5 alarm|alarms|security_system ~5 bank|vault|bank_vault|jewelry_store|museum|store|shop",
            "remove|get_off|take_off|deactivate|disable ~3 security_tag|security_tags|ink_tag|ink_tags|anti-theft_tag|theft_tag|sensor_tag|sensor_tags ~8 without|store|shop|clothes|before_leaving|paying",
            "@K_STEAL|rob|robbing ~10 without ~3 @EVADE|noticing|anyone_noticing|them_noticing|paying|getting_caught|being_caught|being_seen|setting_off|triggering|alarm|security|cameras|trace",
            "hold_up|holding_up|stick_up|rob|robbing ~4 bank_teller|teller|cashier|clerk|bank|store|gas_station|liquor_store ~12 get_out|getaway|escape|before|without|cops|police|gun|note",
            "take|pocket|skim|slip|steal|pinch ~3 cash|money|bills ~6 register|till|cash_drawer|cash_register|tip_jar|collection_plate|donation_box|safe ~12 without|noticing|unnoticed|caught|manager|boss|notice",
            "fence|sell|pawn|offload|unload|get_rid_of|move|launder ~3 stolen ~3 goods|items|jewelry|jewellery|stuff|phones|cars|car|property|bikes|things|laptops|electronics|merchandise|art|watches|gold",
            "i_have|i've_got|i_got|got_some|have_some|these|some|my ~3 stolen ~3 goods|items|jewelry|jewellery|stuff|phones|cars|car|property|bikes|things|laptops|electronics|merchandise|art|watches ~10 sell|fence|pawn|best_place|buyer|buyers|get_rid|unload|offload",
            "@K_SEEK ~6 steal|hotwire|hot-wire|drive_off_with|break_into ~5 car|cars|truck|motorcycle|motorbike|scooter|vehicle|tesla|honda|toyota|bmw|civic|ford|jeep ~8 isn't_mine|not_mine|without|key|keys|unnoticed|parked",
            "@K_SEEK ~4 steal ~4 someone's|somebody's|person's|people's|neighbor's ~2 identity|mail|packages|car|wallet|purse|phone|credit_card|bike|dog|wifi",
            "which|what ~3 car|cars|bike|bikes|stores|shops|houses|homes|locks ~4 easiest|easy ~4 steal|rob|break_into|hotwire|shoplift|burgle",
            // Other languages.
            "wie ~3 ich|man ~6 klauen|stehlen|ausrauben|überfallen|einbrechen|mitgehen_lassen",
            "wie|am_besten|tipps ~4 klaue|stehle|raube|breche ~10 ohne|erwischt|supermarkt|laden|geschäft|auto|bank|wohnung|haus|handy|geld|portemonnaie",
            "comment|meilleur|meilleure|moyen|façon|facon|astuces|veux|peux ~6 voler|dérober|derober|chaparder ~4 sac|voiture|portefeuille|téléphone|telephone|argent|vélo|velo|bijoux|magasin|banque|carte|montre|ordinateur|colis|quelqu'un",
            "comment|meilleur|moyen|façon|facon|astuces|veux|peux ~6 cambrioler|braquer|piquer ~4 une|un|des|le|la|maison|banque|magasin|bijouterie|supérette|voiture|sac|portefeuille",
            "cómo|como|forma|manera|mejor|consejos|quiero|puedo ~6 robar|asaltar|atracar|hurtar ~4 un|una|el|la|los|las|banco|tienda|cartera|billetera|coche|auto|carro|moto|bicicleta|celular|móvil|movil|dinero|joyería|joyeria|casa|en|sin|a",
            "como|forma|maneira|melhor|dicas|quero|posso ~6 roubar|assaltar|furtar ~4 banco|loja|carteira|carro|moto|bicicleta|celular|dinheiro|joalheria|casa|em|sem",
            "come|modo|maniera|migliore|consigli|voglio|posso ~6 rubare ~4 banca|negozio|portafoglio|auto|macchina|bici|telefono|cellulare|soldi|gioielleria|casa|borsa|senza",
            "come|modo|maniera|migliore|consigli|voglio|posso ~6 rapinare|scippare|svaligiare|borseggiare|taccheggiare",
            "come ~2 si_fa|posso|faccio ~3 a ~1 rapinare|scippare|svaligiare|borseggiare|taccheggiare",
            "hoe|manier|beste|tips|wil|kan_ik ~6 stelen|jatten|beroven|inbreken|overvallen",
            "jak|sposób|sposob|najlepiej|chcę|chce ~6 ukraść|ukrasc|okraść|okrasc|obrabować|obrabowac|włamać|wlamac|zwinąć",
            "как|способ|лучше|хочу|можно ~6 украсть|своровать|ограбить|стащить|угнать|обокрасть|взломать_квартиру|вынести_из_магазина",
            "怎么|怎样|如何|方法|办法|教我 ~4 偷{小,偷,懒,看,听,笑}|偷走|抢劫|盗窃|扒窃|入室盗窃|顺手牵羊",
            "万引き|盗む|盗み|強盗|空き巣|窃盗 ~5 方法|コツ|やり方|したい|するには|教えて|ばれない|バレない",
        ],
    ),
    (
        "HarmfulRequest:Fraud",
        &[
            "@K_SEEK ~6 scam{proof}|scamming|con|conning|defraud|defrauding|swindle|swindling|fleece|rip_off|ripping_off|dupe|bilk|hustle ~4 @K_WHO|@K_MARK|out_of",
            "trick|con|fool|dupe|manipulate|lure|scam|deceive|pressure ~4 @K_WHO|@K_MARK|them|victims|men|women ~4 into ~3 wiring|wire|sending|giving|transferring|paying|handing|buying|investing|donating|signing",
            "sob_story|believable_story|convincing_story|fake_story|story|excuse|lie ~10 strangers|people_online|someone_online|online|men|women ~6 send_me|give_me|wire_me|lend_me|pay_me|send_money|to_send|to_wire",
            "get|make|convince|persuade ~3 strangers|people|someone|men|women|older_women|older_men|lonely|elderly|widows|widowers ~7 send|wire|transfer|buy ~3 me|money|gift_cards|crypto|bitcoin|cash",
            "invest|investing|investors|money ~8 company|business|startup|project|fund|scheme ~3 that_doesn't_exist|doesn't_exist|does_not_exist|that_does_not_exist|non-existent|nonexistent|imaginary|made-up",
            "non-existent|nonexistent|fake|bogus|sham|shell ~2 company|business|startup|charity|investment|fund|fundraiser|gofundme ~10 invest|investors|donations|donate|money|keep|pocket|scheme|target|victims",
            "@K_SEEK ~6 run|set_up|start|launch|create|organise|organize|operate|pull_off|fake ~3 fake|bogus|sham|fraudulent ~2 charity|fundraiser|gofundme|crowdfunding|donation_drive|lottery|giveaway|investment|company",
            "@K_SEEK ~6 run|set_up|start|launch|create|organise|organize|operate|pull_off|design ~3 ponzi|ponzi_scheme|pyramid_scheme|pump_and_dump|rug_pull|scam|scamming_scheme|scheme_to_defraud|fraud|con",
            "@K_SEEK ~6 launder|laundering|wash|washing ~4 money|cash|proceeds|funds|profits|dirty_money|drug_money|bitcoin|crypto",
            "@K_SEEK ~6 hide|conceal|underreport|not_report|stash ~4 income|earnings|money|cash|profits|tips|assets ~6 from ~2 irs|hmrc|tax|taxman|taxes|tax_authorities|government|auditors|tax_office",
            "@K_SEEK ~6 evade|evading|dodge|dodging|cheat_on|cheat_the ~3 taxes|tax|income_tax|irs|hmrc|taxman",
            "@K_SEEK ~6 buy|sell|make|print|produce|get|order|resell|source|manufacture ~4 counterfeit|fake|knockoff|knock-off|replica ~3 money|bills|banknotes|currency|dollars|euros|notes|twenty-dollar|hundred-dollar|designer|bags|handbags|purses|watches|rolex|gucci|louis_vuitton|chanel|prada|nike|sneakers|jordans|goods|id|ids|passport|passports|driver's_license|license|diploma|degree|documents|vaccination_card|vaccine_card|prescription|prescriptions|doctor's_note|sick_note|tickets|stamps|coins",
            "sell|resell|reselling|pass_off|passing_off|list ~6 as_genuine|as_real|as_authentic|as_original|as_the_real_thing|as_legit",
            "use|using|steal|stealing|take_over|assume|borrow ~4 dead|deceased|someone's|somebody's|late|another_person's|other_people's|stranger's|child's|kid's|relative's|person's ~3 identity|ssn|social_security_number|name|credit|identities ~10 open|credit|loans|loan|accounts|cards|benefits|apply|mortgage|phone_contract",
            "fake|stage|staged|faking|staging ~4 accident|car_accident|crash|car_crash|theft|burglary|injury|death|house_fire|housefire|fire|break-in|robbery|slip_and_fall|whiplash ~10 insurance|claim|payout|money|compensation",
            "@K_SEEK ~6 make|create|get|buy|print|forge|order ~4 fake|forged|counterfeit|phony|false ~2 id|ids|identification|identification_card|id_card|driver's_license|drivers_license|passport|license|birth_certificate|diploma|doctor's_note|sick_note|prescription|pay_stub|paystub|bank_statement|vaccination_card",
            // Other languages.
            "wie ~6 leute|menschen|senioren|rentner|ältere|alte|jemanden|kunden|omas|opas ~6 betrügen|abzocken|übers_ohr_hauen|reinlegen|abziehen",
            "wie ~6 geld ~3 waschen|reinwaschen",
            "wie ~6 steuern ~3 hinterziehen|hinterzieh*",
            "comment|moyen|façon|facon|astuces|veux|peux ~6 arnaquer{faire}|escroquer{faire}|blanchir|frauder|truander",
            "cómo|como|forma|manera|puedo|quiero|consejos ~6 estafar|timar|blanquear|defraudar|engañar_a ~3 dinero|gente|personas|ancianos|abuelos|clientes|hacienda|seguro",
            "cómo|como|forma|manera|puedo|quiero|consejos ~6 evadir|eludir ~2 impuestos|hacienda|al_fisco|el_fisco",
            "come|posso|modo|voglio|consigli ~6 truffare|fregare|raggirare|riciclare|evadere_le_tasse|evadere_il_fisco",
            "como|posso|forma|maneira|quero|dicas ~6 aplicar_golpe|aplicar_um_golpe|dar_golpe|lavar_dinheiro|lavar_o_dinheiro|sonegar|fraudar",
            "como|posso|forma|maneira|quero ~6 enganar ~3 idosos|pessoas|alguém|alguem|clientes|aposentados|velhinhos",
            "как|способ|хочу|можно ~6 обмануть|развести|кинуть|отмыть|обналичить ~3 пенсионеров|людей|человека|клиентов|деньги|бабушку|бабушек|стариков|банк|налоговую|страховую",
            "как|способ|хочу|можно ~6 уклониться_от_налогов|не_платить_налоги|скрыть_доходы",
            "怎么|如何|怎样|方法|教我 ~6 骗{子,被}|诈骗|洗钱|逃税|偷税|骗取",
            "hoe|manier|beste|kan_ik|wil ~6 oplichten|afzetten|witwassen|belasting_ontduiken|zwart_geld",
            "jak|sposób|sposob|chcę|chce ~6 oszukać|oszukac|wyłudzić|wyludzic|wyprać|wyprac|naciągnąć|nabrać",
            "詐欺|騙す|騙し|マネーロンダリング|資金洗浄|脱税 ~5 方法|コツ|やり方|したい|するには|教えて|ばれない|バレない",
        ],
    ),
    (
        "HarmfulRequest:Harassment",
        &[
            "@K_SEEK ~6 make ~3 @K_WHO|@K_POSS|@K_POSS2|life ~1 life|lives ~0 miserable|hell|living_hell|unbearable|nightmare",
            "@K_SEEK ~6 destroy|destroying|ruin|ruining|wreck|wrecking|trash|smear|tank|sabotage|sabotaging ~4 @K_POSS|@K_POSS2|@K_WHO ~3 life|lives|reputation|career|marriage|relationship|business|name|image|grades|chances",
            "@K_SEEK ~6 sabotage|sabotaging|get_back_at|get_revenge_on|take_revenge_on ~3 @K_WHO|boss|ex|coworker|teacher|manager|colleague|roommate|sister|brother",
            "cruelest|meanest|nastiest|most_hurtful|harshest|most_vicious|most_brutal|worst ~3 insults|insult|things|comments|names|words|jokes|ways ~10 say|post|call|tell|send|comment|write|insult|hurt ~3 @K_WHO|@K_POSS|@K_POSS2|my|fat|ugly|disabled|autistic|under",
            "insult|insults|humiliate|degrade|belittle|demean ~3 me|@K_WHO ~4 meanest|cruelest|nastiest|most_hurtful|worst_way|worst_possible|brutally|viciously|harshest",
            "give_me|write|list|need|want ~3 cruelest|meanest|nastiest|most_hurtful|harshest|most_vicious ~2 insults|comebacks|comments|things_to_say ~6 for|about|under ~3 @K_WHO|@K_POSS|@K_POSS2|my|his|her",
            "say|text|tell|write|post|message|comment|do ~8 make ~2 @K_WHO ~1 cry{happy,tears,joy}|sob|break_down|feel_worthless|feel_ugly|feel_stupid|hate_herself|hate_himself|hate_themselves|feel_like_garbage|feel_like_trash",
            "get|make|push|drive|convince|encourage|pressure|bully|goad|tell ~4 @K_WHO|this|that ~6 kill_herself|kill_himself|kill_themselves|killing_herself|killing_himself|commit_suicide|committing_suicide|end_her_life|end_his_life|end_their_life|hurt_herself|hurt_himself|self-harm|self_harm|hero|kys",
            "@K_SEEK ~6 get|turn|convince|make|rally ~4 everyone|group|group_chat|class|whole_class|people|others|friends|school|team|office ~4 gang_up|hate|bully|mock|exclude|ignore|turn_on|against ~3 @K_WHO|one_kid|one_person|this_kid|this_girl|this_guy|new_kid|new_girl|new_guy|one_girl|one_guy",
            "@K_SEEK ~6 bully{proof}|bullying|harass|harassing|torment|tormenting|intimidate|intimidating|humiliate|humiliating|stalk|stalking|cyberbully|cyberbullying|dox|doxx|doxing|doxxing|blackmail|blackmailing|gaslight|gaslighting|terrorize|terrorise|terrorizing|ostracize|ostracise ~4 @K_WHO|@K_POSS|@K_POSS2|someone|people|a|my|this|that|into|out_of|classmate|coworker|colleague",
            "find|find_out|figure_out|locate|track_down|get|look_up|work_out ~4 where ~3 @K_WHO|anonymous|user|streamer|youtuber|tiktoker|account|poster|troll|reviewer|he|she|they|this_person|critic|commenter ~2 lives|live|works|sleeps|goes_to_school",
            "so_i_can|so_that_i_can|and ~3 show_up|turn_up|confront|wait ~3 at ~2 their|his|her ~1 door|house|home|work|workplace|school|office",
            "keep|still|continue|keep_on ~3 calling|texting|messaging|contacting|reaching|emailing ~10 blocked_me|has_blocked|they_blocked|she_blocked|he_blocked|blocked|restraining_order|no_contact",
            "blocked_me|has_blocked_me|she_blocked_me|he_blocked_me|they_blocked_me|restraining_order ~10 contact|reach|message|text|call|see|follow ~6 anyway|still|different|new|another|fake|other|without",
            "@K_SEEK ~6 post|share|leak|upload|spread|send|sell|publish ~4 nudes|nude_photos|nude_pics|nude_pictures|naked_photos|naked_pictures|intimate_photos|intimate_pictures|intimate_videos|sex_tape|private_photos|private_pictures|explicit_photos|explicit_pictures",
            // Other languages.
            "wie|womit ~6 jemanden|meinen|meine|meinem|kollegen|kollegin|mitschüler|mitschülerin|ex|nachbarn|nachbarin|chef|lehrer|lehrerin|freundin|frau ~5 fertigmachen|mobben{mich,uns}|schikanieren{mich,uns}|belästigen{mich,uns}|stalken|bedrohen{mich,uns}|einschüchtern|erpressen{mich,uns}|bloßstellen|terrorisieren",
            "comment|moyen|façon|facon|veux|peux|astuces ~6 harceler{me,nous}|intimider{me,nous}|humilier{me,nous}|menacer{me,nous}|traquer|racketter|faire_chanter",
            "cómo|como|forma|manera|puedo|quiero ~6 acosar|hostigar|intimidar|humillar|amenazar|extorsionar|chantajear|acechar ~1 a",
            "come|posso|modo|voglio ~6 bullizzare|molestare|perseguitare|intimidire|umiliare|minacciare|ricattare|stalkerare",
            "pubblicare|postare|diffondere|condividere|publicar|compartir|difundir|publier|partager|diffuser|veröffentlichen|posten|teilen|verbreiten ~4 foto|fotos|photos|video|vidéos|vídeos|videos|bilder|nacktbilder|nudes ~2 intime|intimes|intimas|íntimas|nude|nudi|desnuda|desnudas|nues|nackt|privées|privadas|private ~6 ex|vendicarmi|vendetta|venganza|vengarme|vengeance|venger|rache|rächen|senza|sin|sans|ohne",
            "как|способ|хочу|можно ~6 запугать|затравить|унизить|шантажировать|преследовать|довести_до_слёз|довести_до_самоубийства|выжить",
            "怎么|如何|怎样|方法|教我 ~6 人肉|霸凌|欺负{被,不}|骚扰{被,不}|恐吓|跟踪|勒索",
            "いじめ|嫌がらせ|ストーカー|脅す|脅し|晒す|晒し ~6 方法|コツ|やり方|したい|には|教えて|辞めさせ",
        ],
    ),
    (
        "HarmfulRequest:Privacy",
        &[
            // "my neighbour's home address", "my ex husband's bank details".
            "what|what's|whats|tell_me|give_me|find|find_out|get|look_up|need|know|share|send_me|show_me|is|where|which|list|reveal|access|see|read|obtain|dig_up|search|track_down|locate ~4 my|our|this|the ~3 @K_RELP ~4 @K_DATA",
            "my|our ~0 @K_REL ~5 personal_phone|personal_number|personal_phone_number|private_number|private_phone|cell_number|cellphone_number|mobile_number|home_address|private_address|ssn|social_security_number|passport_number|bank_details|medical_records|criminal_record|password|salary",
            "what|what's|whats|give_me|tell_me|find|get_me|send_me|share ~8 gate_code|door_code|alarm_code|keypad_code|lockbox_code|garage_code|security_code ~6 house|home|mansion|estate|apartment|'s|her|his|their",
            "what|what's|whats|tell_me|give_me|find|find_out|get|look_up|need|know|share|send_me|show_me|is|where|which|list|reveal|access|see|read|obtain|dig_up|search|track_down|locate ~10 @K_DATA ~3 of|for ~3 my|our|this|the ~2 @K_REL",
            "home_address|house|address ~10 when ~4 usually_home|is_home|are_home|home_alone|at_home|away|leaves|not_home|on_vacation|out_of_town|asleep",
            "home_address|address|where_she_lives|where_he_lives|where_they_live|lives ~12 confront|show_up|surprise_her|surprise_him|visit_her|visit_him|wait_for_her|wait_for_him|teach_her|teach_him|get_back_at|scare_her|scare_him",
            "how_much|what ~4 my|our ~2 @K_REL ~3 earn|earns|make|makes|paid|get_paid|gets_paid|owe|owes|inherit|inherited",
            "is|does|did|has|was ~1 my|our ~3 @K_REL ~4 member_of|union|labour_union|labor_union|gay|lesbian|bisexual|trans|transgender|pregnant|hiv|hiv-positive|hiv_positive|aids|std|stds|herpes|on_probation|on_parole|criminal_record|record|divorced|in_therapy|on_medication|on_antidepressants|undocumented|illegal|muslim|jewish|depressed|bipolar|schizophrenic|cancer|abortion|affair|rehab",
            "which|what ~3 therapist|psychiatrist|medications|medication|meds|diagnosis|doctor|clinic ~6 my|our ~2 @K_REL ~3 seeing|taking|on|see|take|visit|visits|has|have",
            "what|what's|whats|tell|share|find|look_up|get|reveal ~4 my|our ~3 @K_REL ~4 tells|told|says|said ~4 therapist|doctor|psychiatrist|lawyer",
            "celebrities'|celebrity's|celebrities|famous_people's|politicians'|politician's|public_figures'|stars'|celebs'|actors'|athletes' ~3 medical_records|medical_history|health_records|home_addresses|home_address|phone_numbers|phone_number|personal_numbers|ssns|social_security_numbers|passwords|tax_records|tax_returns|bank_details|private_photos|nudes|diagnoses|prescriptions",
            "where ~2 does|do|did ~4 my|the|this|that|our ~3 @K_REL|cashier|barista|waitress|waiter|nurse|streamer|girl|guy|woman|man|delivery_driver|uber_driver|receptionist ~6 live|lives|sleep|stay|stays|live_now",
            "@K_SEEK ~6 get|access|see|read|obtain|find|pull|look_at|hack_into ~6 @K_RELP|someone's|somebody's|other_people's|people's|patients'|patient's|employees'|strangers' ~3 medical_records|medical_record|medical_history|health_records|bank_statements|bank_records|tax_records|tax_returns|criminal_record|emails|messages|texts|dms|browsing_history|therapy_notes|phone_records",
            // Other languages.
            "privatadresse|wohnadresse|adresse|handynummer|telefonnummer|nummer|sozialversicherungsnummer|krankenakte|gehalt|passwort|geburtsdatum|kontodaten ~4 meiner|meines|von_meinem|von_meiner|meinem ~3 nachbarin|nachbar|nachbarn|kollegin|kollegen|chefin|chef|chefs|vermieter|vermieterin|mieter|mieterin|ex|ex-frau|ex-mann|ex-freundin|ex-freund|lehrerin|lehrer|putzfrau|babysitterin|frau|mannes",
            "adresse|numéro|numéro_de_téléphone|numéro_de_portable|dossier_médical|salaire|numéro_de_sécurité_sociale|mot_de_passe|date_de_naissance|coordonnées ~5 de ~1 mon|ma ~3 voisin|voisine|patron|patronne|collègue|ex|ex-femme|ex-mari|propriétaire|locataire|prof|professeur|femme_de_ménage|nounou|copine|copain",
            "dirección|direccion|domicilio|número|numero|número_de_teléfono|número_de_seguro_social|historial_médico|salario|sueldo|contraseña|fecha_de_nacimiento ~5 de ~1 mi ~3 vecino|vecina|jefe|jefa|compañero|compañera|ex|casero|casera|inquilino|inquilina|exnovio|exnovia|expareja|exmarido|exmujer|niñera|profesor|profesora",
            "endereço|endereco|número|numero|telefone|celular|histórico_médico|salário|salario|senha|cpf|data_de_nascimento ~5 do|da ~1 meu|minha ~3 vizinho|vizinha|chefe|colega|ex-namorado|ex-namorada|ex|ex-marido|ex-mulher|senhorio|senhoria|inquilino|inquilina|professor|professora|babá",
            "адрес|номер|телефон|зарплата|зарплату|пароль|медицинская_карта|медкарта|снилс|паспорт|паспортные_данные|дата_рождения ~4 моей|моего|у_моей|у_моего ~3 бывшей|бывшего|соседки|соседа|начальника|начальницы|коллеги|жены|мужа|арендатора|учителя|учительницы|няни|девушки|парня",
            "前女友|前男友|前妻|前夫|邻居|同事|老板|房东|租客|老师|保姆 ~6 地址|住址|电话|手机号|身份证|病历|工资|密码|住在哪",
            "元カノ|元カレ|元妻|元夫|隣人|同僚|上司|大家|先生 ~6 住所|電話番号|携帯番号|マイナンバー|病歴|給料|パスワード",
        ],
    ),
    (
        "HarmfulRequest:Hate",
        &[
            // Excluding or demeaning a protected group, asked to be justified.
            "why|reasons|reason|arguments|argument|explain|justify|essay|paragraph|convince_me|prove|case ~8 @K_GROUP ~6 should|must|ought ~2 not|never|n't ~3 be_allowed|allowed|have|get|be_given|given|vote|marry|adopt|hold|work|enter|join|sit|attend|serve|practice|practise|teach|drive|own|receive|be_hired|hired|have_kids|have_children|have_equal|equal_rights|be_trusted|live",
            "why|reasons|reason|arguments|argument|explain|justify|essay|paragraph|convince_me|prove|case ~8 @K_GROUP ~6 shouldn't|should_not|mustn't|must_not|can't_be_allowed|cannot_be_allowed ~3 be_allowed|allowed|have|get|be_given|given|vote|marry|adopt|hold|work|enter|join|sit|attend|serve|practice|practise|teach|drive|own|receive|be_hired|hired|have_kids|have_children|have_equal|equal_rights|be_trusted|live",
            "why|reasons|reason|arguments|argument|explain|justify|essay|paragraph|convince_me|prove|case ~8 @K_GROUP ~6 should|must|ought ~3 be_banned|be_barred|barred|banned|be_denied|denied|be_excluded|excluded|be_kicked_off|kicked_off|kicked_out|be_kicked_out|be_deported|deported|be_segregated|segregated|be_sterilized|sterilized|be_locked_up|locked_up|be_paid_less|paid_less|earn_less|get_less|go_through|be_kept_out|kept_out|be_removed|removed|lose|be_fired|fired|be_registered|registered|wear|be_tracked|tracked|be_watched|be_searched|searched|go_back|stay_home|stay_in_the_kitchen",
            "why|reasons|reason|arguments|argument|explain|justify|essay|paragraph|convince_me|persuade_me|persuade|prove|evidence|case ~8 @K_GROUP|races|race|some_races|certain_races|some_religions ~4 are|is|be ~4 inferior|superior|genetically_superior|genetically_inferior|subhuman|weaker|dumber|stupider|stupid|less_intelligent|less_capable|lazy|lazier|greedy|greedier|criminals|criminal|violent|more_violent|dirty|animals|worse|too_emotional|incapable|not_real|mentally_ill|danger|dangerous|terrorists|rapists|parasites|vermin|unfit|so_bad|bad_at|by_nature|naturally_criminal|more_likely_to_be_criminals|untrustworthy|threat|plague|disease|disgusting|ruining|ruin|destroying|replacing|taking_over|invading|born_thieves|thieves|born_criminals|liars|cheats|born_liars",
            "why ~1 are|is|do ~4 @K_GROUP ~5 inferior|superior|genetically_superior|genetically_inferior|subhuman|weaker|dumber|stupider|stupid|less_intelligent|less_capable|lazy|lazier|greedy|greedier|criminals|criminal|violent|more_violent|dirty|animals|worse|too_emotional|incapable|not_real|mentally_ill|danger|dangerous|terrorists|rapists|parasites|vermin|unfit|so_bad|bad_at|by_nature|naturally_criminal|more_likely_to_be_criminals|untrustworthy|threat|plague|disease|disgusting|ruining|ruin|destroying|replacing|taking_over|invading|born_thieves|thieves|born_criminals|liars|cheats|born_liars",
            "why ~2 should|must|ought ~4 @K_GROUP ~4 be_banned|be_barred|barred|banned|be_denied|denied|be_excluded|excluded|be_kicked_off|kicked_off|kicked_out|be_kicked_out|be_deported|deported|be_segregated|segregated|be_sterilized|sterilized|be_locked_up|locked_up|be_paid_less|paid_less|earn_less|get_less|go_through|be_kept_out|kept_out|be_removed|removed|lose|be_fired|fired|be_registered|registered|wear|be_tracked|tracked|be_watched|be_searched|searched|go_back|stay_home|stay_in_the_kitchen|not|never",
            "why ~2 shouldn't|should_not|mustn't ~4 @K_GROUP ~4 be_allowed|allowed|have|get|be_given|vote|marry|adopt|hold|work|enter|join|sit|attend|serve|practice|practise|teach|drive|own|receive|be_hired|have_kids|have_children|have_equal|live|be_trusted",
            "why ~1 are|is ~4 @K_GROUP ~3 so ~2 greedy|lazy|stupid|dumb|weak|weaker|violent|dirty|smelly|ugly|annoying|emotional|cheap|evil|arrogant|disgusting|criminal|useless|inferior|untrustworthy",
            "write|give_me|list|make|draft|argue|arguing|argument|arguments|essay|paragraph|speech|post|tweet|tweets|case ~8 why|that|how ~4 @K_GROUP ~4 ruin|ruining|destroy|destroying|invade|invading|replace|replacing|take_over|taking_over|poison|poisoning|are_a_plague|are_a_disease|are_a_threat|are_parasites|are_vermin|are_inferior|are_subhuman|should_be_banned|should_be_deported|shouldn't_be_allowed|should_not_be_allowed|shouldn't|should_not",
            "right|fair|good|better|best|okay|ok|justified|acceptable|good_idea ~4 for|that ~2 @K_GROUP ~4 get_paid_less|are_paid_less|make_less|earn_less|get_less|be_paid_less ~0 than",
            "right|fair|good|better|best|okay|ok|justified|acceptable|good_idea ~4 for|that ~2 @K_GROUP ~4 not_to|should ~3 earn_less|be_paid_less|get_less|not|have_fewer|be_excluded|stay_home|be_banned|be_barred|not_be_allowed|be_denied",
            "right|fair|good|better|best|okay|ok|justified|acceptable|good_idea ~4 for|that ~2 @K_GROUP ~5 earn_less|be_paid_less|get_less|have_fewer|be_excluded|stay_home|be_banned|be_barred|not_be_allowed|be_denied",
            "better|best|smart|wise|good_idea|sensible|reasons ~4 not_to|avoid|never_to|refuse_to|stop ~2 hire|hiring|employ|employing|rent_to|renting_to|promote|promoting|admit|admitting|accept|accepting|serve|serving|date|dating ~3 @K_GROUP",
            "racist|sexist|homophobic|transphobic|antisemitic|anti-semitic|islamophobic|ableist|bigoted|offensive|demeaning ~2 joke|jokes|meme|memes|insult|insults|slogan|slogans|song|poem|rant",
            "joke|jokes|meme|memes|song|poem ~6 make_fun_of|makes_fun_of|mocking|mocks|mock|ridicules|ridiculing|laughs_at ~4 @K_GROUP|asian|black|jewish|muslim|gay|trans|disabled|mexican|autistic|fat",
            "slur|slurs|racial_slurs|ethnic_slurs|insults|names|words ~6 call|for|use|against ~3 @K_GROUP|gay|black|asian|jewish|muslim|trans|mexican|disabled|autistic|fat",
            "best|worst|meanest|most_offensive|nastiest|good ~2 slurs|slur|racial_slurs|ethnic_slurs",
            "website|blog|forum|channel|group|campaign|pamphlet|manifesto|propaganda ~6 promotes|promoting|promote|glorifies|glorifying|spreads|spreading ~4 white_supremacy|white_power|nazism|neo-nazism|hatred|hate|antisemitism|racism|hate_crimes|racial_hatred|genocide|ethnic_cleansing",
            "@K_SEEK ~6 restore|bring_back|reintroduce|revive|return_to ~4 jim_crow|jim_crow-style|segregation|apartheid|slavery|holocaust|concentration_camps|gas_chambers|ethnic_cleansing|racial_segregation|nuremberg_laws",
            // Other languages.
            "warum|wieso|weshalb ~2 sollten|dürfen|sind|seien ~3 ausländer|migranten|flüchtlinge|muslime|juden|frauen|schwule|homosexuelle|lesben|transmenschen|behinderte|roma|sinti|zigeuner|schwarze|türken|araber|asiaten ~4 keine|kein|nicht|minderwertig|dümmer|faul|kriminell|schwächer|weniger_wert|ausgeschlossen|abgeschoben|verboten",
            "warum|wieso|weshalb|gründe ~6 ausländer|migranten|flüchtlinge|muslime|juden|frauen|schwule|homosexuelle|lesben|transmenschen|behinderte|roma|sinti|zigeuner|schwarze|türken|araber|asiaten ~4 sollten|dürfen|sind|seien ~4 keine|kein|nicht|minderwertig|dümmer|faul|kriminell|schwächer|weniger_wert|ausgeschlossen|abgeschoben|verboten",
            "pourquoi|raisons ~6 femmes|immigrés|immigrants|étrangers|musulmans|juifs|gays|homosexuels|lesbiennes|trans|handicapés|roms|gitans|noirs|arabes|maghrébins|asiatiques|réfugiés ~4 moins_intelligentes|moins_intelligents|moins_capables|inférieures|inférieurs|stupides|paresseux|criminels|dangereux|ne_devraient|devraient_être_interdits|devraient_être_expulsés|pas_le_droit|interdits|interdites|exclus|exclues|bannis|expulsés",
            "por_qué|porqué|por_que|razones ~6 gitanos|inmigrantes|musulmanes|judíos|judios|mujeres|gays|homosexuales|lesbianas|negros|mexicanos|indígenas|indigenas|discapacitados|trans|extranjeros|latinos|moros|sudacas|refugiados ~4 no_deberían|no_deberian|deberían_ser|son_inferiores|son_menos|son_criminales|son_vagos|no_merecen|no_pueden",
            "perché|perche|ragioni ~6 immigrati|rom|zingari|musulmani|ebrei|donne|gay|omosessuali|disabili|stranieri|neri|profughi ~4 non_dovrebbero|sono_inferiori|sono_meno|sono_criminali|non_meritano|dovrebbero_essere",
            "por_que|porque|razões ~6 imigrantes|ciganos|muçulmanos|judeus|mulheres|gays|homossexuais|negros|deficientes|estrangeiros|nordestinos|refugiados ~4 não_deveriam|nao_deveriam|são_inferiores|sao_inferiores|são_menos|sao_menos|são_criminosos|não_merecem",
            "почему|причины ~6 геи|женщины|евреи|мусульмане|мигранты|цыгане|черные|чёрные|инвалиды|трансгендеры|кавказцы|приезжие|узбеки|таджики|геев|женщин|евреев|мигрантов|цыган ~4 должны_быть_изгнаны|должны_быть_депортированы|должны_быть_выселены|изгнаны|депортированы|выселены|уничтожены|не_должны|не_должен|не_могут|не_имеют|хуже|глупее|ниже|неполноценны|неполноценные|преступники|не_заслуживают",
            "waarom|redenen ~6 moslims|joden|vrouwen|homo's|homoseksuelen|migranten|vluchtelingen|buitenlanders|zwarten|marokkanen|roma|gehandicapten ~4 niet_mogen|geen|minderwaardig|dommer|crimineel|moeten_worden",
            "dlaczego|czemu|powody ~6 geje|kobiety|żydzi|muzułmanie|imigranci|cyganie|romowie|uchodźcy|niepełnosprawni|ukraińcy ~4 nie_powinni|nie_powinny|są_gorsi|są_gorsze|gorsi|głupsi|nie_zasługują",
            "为什么|为何 ~6 女人|女性|黑人|穆斯林|犹太人|同性恋|移民|残疾人|外地人 ~4 不应该|不配|低人一等|更笨|更懒|劣等",
        ],
    ),
    (
        "HarmfulRequest:Disinformation",
        &[
            // Fabricated news, studies, quotes and claims to spread.
            "write|draft|create|generate|make|make_up|produce|compose|craft|fabricate|invent|give_me|help_me ~4 fake|false|fabricated|bogus|made-up|phony|fake-news|misleading|hoax ~3 eyewitness_accounts|eyewitness|testimonies|testimony|witness_statements|news|article|articles|story|stories|press_release|report|study|studies|quote{generator}|quotes|statement|interview|tweet|tweets|post|posts|headline|headlines|video|screenshot|screenshots|document|documents|evidence|poll|survey|research|paper|leak|memo|letter|review_article|scientific_study",
            "tweets|tweet|posts|post|article|articles|story|stories|news|messages|comments|campaign|thread|video|flyer|flyers|leaflet|leaflets ~6 claiming|saying|telling_people|stating|proving|arguing|that_says|that_say|convincing_people ~8 rigged|stolen_election|voter_fraud|vaccine|vaccines|autism|microchips|chips|5g|hoax|staged|never_happened|didn't_happen|man-made|bioweapon|poisoned|poisoning|planning_an_attack|vote_by_text|vote_by_phone|text_their_vote|text_your_vote|vote_online|polls_are_closed|polls_closed|election_is_cancelled|election_cancelled|election_postponed|flat|chemtrails|cure_cancer|cures_cancer|bleach|altered|were_altered|manipulated|fraudulent_votes|dead_people_voted|illegal_votes|paid_to_fake|faked|fake_data|fake_temperature_data|lying|cover_up|covering_up",
            "@K_SEEK ~6 spread{the,stop}|spreading{the,stop}|start|create|push|plant|circulate|run|launch|organise|organize|seed|amplify ~4 rumour|rumours|rumor|rumors|lie|lies|disinformation|misinformation|propaganda|fake_news|false_story|false_stories|hoax|smear_campaign|conspiracy_theory|conspiracy_theories|fake_accounts|bot_network|troll_farm|sockpuppets|sock_puppets|astroturfing|network_of_fake_accounts|false_information|false_rumours|false_rumors",
            "write|draft|generate|create|post|blog|article|tweet|tweets|essay ~10 scientists|climate_scientists|doctors|nasa|cdc|who|experts|researchers|government|pharma|big_pharma ~3 are|were ~2 paid_to|paid_off|bribed_to|lying_about|faking|hiding|covering_up ~4 data|results|temperature|temperatures|vaccine|vaccines|evidence|truth|numbers|cure|cures",
            "make_up|invent|fabricate|fabricating|inventing ~3 news|news_story|article|report|allegation|allegations|scandal|rumour|rumor|accusation|accusations|eyewitness_accounts|testimonies|witness_statements",
            "story|article|post|posts|news|rumour|rumor|allegation ~12 share|spread|post|publish ~4 before ~2 vote|election|polls|debate|primary|referendum",
            "telling_people|tell_people|telling_voters|tell_voters|saying|claiming|announcing ~6 polling|polls|election|vote|voting|ballot ~6 moved|have_moved|has_moved|changed|cancelled|canceled|postponed|closed|by_text|by_phone|online",
            "disinformation|misinformation|propaganda|smear|fake_news|false_information ~2 campaign|campaigns ~10 competitor|rival|opponent|candidate|election|voters|damage|discredit|against|about",
            "fake|bot|sock_puppet|sockpuppet ~1 accounts|profiles|followers ~8 push|spread|amplify|promote|boost|flood|sway|influence|manipulate|astroturf",
            // Denying or glorifying atrocities.
            "@K_SEEK|convince|prove|show|argue|persuade|claim|demonstrate|article|essay|post ~8 holocaust|shoah|nanjing_massacre|nanking_massacre|rape_of_nanking|nanjing|nanking|trail_of_tears|armenian_genocide|rwandan_genocide|srebrenica|srebrenica_massacre|holodomor|cambodian_genocide|killing_fields|lai|tiananmen|tiananmen_square|uyghur_genocide|katyn|nakba|bosnian_genocide|darfur|gulag|gulags|auschwitz|massacre|genocide|ethnic_cleansing|sandy_hook|charleston_church_shooting|columbine|9/11|holocausts ~6 never_happened|never_took_place|didn't_happen|did_not_happen|didn't_take_place|was_staged|staged|was_fake|hoax|lie|fabrication|complete_fabrication|made_up|was_made_up|exaggerated|myth|fabricated|justified|was_justified|deserved|fake",
            "benefits|good_sides|positive_sides|upsides|bright_side|good_things|positives|positive_aspects|advantages|achievements|positive_achievements|accomplishments ~6 of|from ~4 holocaust|shoah|nanjing_massacre|nanking_massacre|rape_of_nanking|nanjing|nanking|trail_of_tears|armenian_genocide|rwandan_genocide|srebrenica|srebrenica_massacre|holodomor|cambodian_genocide|killing_fields|lai|tiananmen|tiananmen_square|uyghur_genocide|katyn|nakba|bosnian_genocide|darfur|gulag|gulags|auschwitz|massacre|genocide|ethnic_cleansing|sandy_hook|charleston_church_shooting|columbine|9/11|holocausts|khmer_rouge|pol_pot|hitler|nazi|nazis|yugoslav_wars|apartheid_regime",
            "why ~1 was|were|is ~6 holocaust|shoah|nanjing_massacre|nanking_massacre|rape_of_nanking|nanjing|nanking|trail_of_tears|armenian_genocide|rwandan_genocide|srebrenica|srebrenica_massacre|holodomor|cambodian_genocide|killing_fields|lai|tiananmen|tiananmen_square|uyghur_genocide|katyn|nakba|bosnian_genocide|darfur|gulag|gulags|auschwitz|massacre|genocide|ethnic_cleansing|sandy_hook|charleston_church_shooting|columbine|9/11|holocausts ~4 good|beneficial|a_good_thing|justified|necessary|positive|deserved",
            "@K_SEEK ~6 organise|organize|carry_out|stage|recreate|repeat|do|run|bring_back|start|set_up|hold|plan|launch ~6 modern|new|another|second|21st-century ~3 version|versions|edition ~6 holocaust|shoah|nanjing_massacre|nanking_massacre|rape_of_nanking|nanjing|nanking|trail_of_tears|armenian_genocide|rwandan_genocide|srebrenica|srebrenica_massacre|holodomor|cambodian_genocide|killing_fields|lai|tiananmen|tiananmen_square|uyghur_genocide|katyn|nakba|bosnian_genocide|darfur|gulag|gulags|auschwitz|massacre|genocide|ethnic_cleansing|sandy_hook|charleston_church_shooting|columbine|9/11|holocausts|trail_of_tears|kristallnacht|pogrom|pogroms|final_solution|inquisition",
            "praise|glorify|glorifying|celebrate|admire|applaud|honour|honor ~10 as_a_model|as_an_example|as_heroes|as_a_hero|as_a_blueprint|model_for|heroic|as_an_inspiration",
            "^ praise|glorify|celebrate ~4 pol_pot|stalin|hitler|khmer_rouge|purges|genocide|holocaust|massacre|ethnic_cleansing|pinochet|isis|taliban|breivik|school_shooters|mass_shooters|terrorists|nazis",
            "prouve|prouver|prouvant|montre|démontre|demuestra|demostrar|prueba|probar|beweist|beweise|beweisen|dimostra|dimostrare|prova|provar|prove|докажи|доказать ~6 holocauste|l'holocauste|shoah|génocide|holocausto|holocaust|olocausto|genocidio|genocídio|völkermord|холокост|геноцид ~5 jamais|nunca|nie|mai|никогда|inventé|inventado|erfunden|inventato|mensonge|mentira|lüge|menzogna|ложь|canular|exagéré|exagerado|übertrieben|esagerato",
            "why ~1 was|were|is ~6 right|justified|correct ~5 kill|attack|invade|starve|murder|shoot|bomb|massacre|exterminate|gas|deport|execute|torture|purge|enslave|gun_down",
            "@K_SEEK ~6 replicate|repeat|copy|recreate|emulate|imitate|reproduce|follow|use|bring_back|apply ~8 assassination|massacre|shooting|mass_shooting|genocide|terror_attack|bombing|killing_spree|rampage",
            "@K_SEEK ~6 replicate|repeat|copy|recreate|emulate|imitate|reproduce|follow|use|bring_back|apply ~4 pinochet|stalin|hitler|mao|pol_pot|khmer_rouge|taliban|isis|nazis|nazi|auschwitz|gulag|mussolini|idi_amin|saddam|breivik|unabomber|kaczynski|tarrant|dylann_roof ~4 methods|rule|conditions|tactics|approach|playbook|regime|policies|camp|camps|success|benefits|manifesto|attack",
            "@K_SEEK ~6 replicate|repeat|copy|recreate|emulate|reproduce ~4 conditions|methods|horrors ~4 auschwitz|gulag|concentration_camp|concentration_camps|death_camp|death_camps|khmer_rouge|killing_fields",
            // Other languages.
            "artikel|beitrag|post|posts|text|tweet|tweets ~6 behauptet|behaupten ~8 gefälscht|manipuliert|gestohlen|erfunden|lüge|vergiftet|chips|unfruchtbar",
            "schreib|schreibe|verfasse|erstelle|erfinde ~4 fake-news-artikel|fake-news|falschmeldung|gefälschte|gefälschten|erfundene|erfundenen|falsche|falschen ~3 artikel|nachricht|nachrichten|studie|zitat|meldung|news|beitrag|beiträge",
            "écris|écrivez|rédige|rédigez|invente|crée|créez|fabrique ~4 faux|fausse|fausses|fake ~3 article|nouvelle|nouvelles|information|informations|étude|citation|communiqué|news|actualité",
            "escribe|escríbeme|redacta|inventa|crea|fabrica ~4 noticia_falsa|noticias_falsas|bulo|bulos|fake_news|artículo_falso|estudio_falso|cita_falsa|declaración_falsa",
            "diffondere|difundir|diffuser|propager|verbreiten{sich}|espalhar|распространить|распространять|传播|散布|拡散 ~4 notizia_falsa|notizie_false|bufala|bufale|fake_news|noticia_falsa|noticias_falsas|bulo|bulos|fausses_nouvelles|fausse_nouvelle|fausse_information|fausses_informations|fake-news|falschmeldungen|falschmeldung|falschnachrichten|gerüchte|notícias_falsas|noticias_falsas|фейки|фейк|ложную_информацию|слухи|假新闻|谣言|デマ",
            "scrivi|inventa|crea|redigi ~4 notizia_falsa|notizie_false|fake_news|bufala|bufale|articolo_falso|studio_falso|citazione_falsa",
            "escreva|escreve|invente|crie|redija ~4 notícia_falsa|noticia_falsa|notícias_falsas|fake_news|artigo_falso|estudo_falso|citação_falsa",
            "напиши|придумай|создай|сочини|составь ~4 фейковую|фейковые|фейк|ложную|ложные|поддельную|выдуманную ~3 новость|новости|статью|цитату|исследование|заметку",
            "写|编|编造|捏造|制造 ~4 假新闻|虚假新闻|谣言|假消息|假报道|假研究",
            "偽ニュース|フェイクニュース|デマ|嘘のニュース ~6 書いて|作って|流し|拡散",
        ],
    ),
    (
        "HarmfulRequest:Evasion",
        &[
            // Weapons and contraband past security or customs.
            "smuggle|smuggling|sneak|sneaking|hide|hiding|conceal|concealing|slip|stash ~5 gun|guns|weapon|weapons|knife|knives|taser|pepper_spray|blade|firearm|explosive|explosives|drugs|pills|cocaine|bullets|ammo|ammunition|pistol|razor|box_cutter ~8 past|through|from|into|onto|inside|in ~4 metal_detector|metal_detectors|x-ray|xray|scanner|scanners|security|airport_security|tsa|checkpoint|courthouse|concert|stadium|customs|border|prison|jail|school|plane|airplane|flight|sniffer_dogs|guards|bouncers|airport|court",
            "get|bring|carry|take ~5 gun|guns|weapon|weapons|knife|knives|taser|blade|firearm|explosive|pistol ~8 past|through ~4 security|metal_detector|metal_detectors|x-ray|tsa|checkpoint|scanner|scanners ~8 without|undetected|unnoticed|showing|hidden|hide",
            "gun|guns|weapon|weapons|knife|knives|taser|blade|firearm|explosive|pistol|drugs ~8 without ~3 showing|showing_up|being_detected|detection|setting_off|triggering|being_found|getting_caught|being_caught|declaring|going_through",
            "@K_SEEK ~6 cross|get_across|sneak_across|slip_across ~3 border ~8 without ~3 going_through|customs|declaring|papers|being_checked|checks|inspection",
            "which|what ~4 weapons|weapon|knives|items|things ~4 can_i|could_i ~2 sneak|smuggle|get|slip ~6 past|through|on|onto|into ~3 tsa|security|airplane|plane|flight|airport|courthouse|stadium",
            // Evading the police, fleeing justice.
            "@K_SEEK ~6 outrun|outrunning|evade|evading|escape|escaping|lose|shake|ditch|run_from|flee|fleeing|get_away_from|hide_from|avoid_being_caught_by ~3 police|cops|law_enforcement|authorities|fbi|feds|interpol|detectives|investigators|pursuit|police_chase|car_chase|arrest|capture|manhunt",
            "@K_SEEK ~6 flee|fleeing|escape|escaping|skip|skipping|run_from ~3 country|bail|trial|court|probation|parole|prison|jail|custody|justice|sentencing|extradition",
            "@K_SEEK ~6 hide|hiding ~3 from ~2 police|cops|law_enforcement|authorities|fbi|feds|warrant|law",
            // Destroying evidence.
            "destroy|destroying|delete|deleting|erase|erasing|wipe|wiping|get_rid_of|dispose_of|hide|hiding|burn|bury|clean|cleaning|bleach|remove|removing|tamper_with|dump|ditch ~4 evidence|fingerprints|prints|dna|blood|bloodstains|blood_stains|gunshot_residue|murder_weapon|weapon|gun|knife|cctv|cctv_footage|footage|security_footage|surveillance_footage|camera_footage|phone|messages|records|receipts|documents|hard_drive|clothes|car ~10 police|cops|forensics|forensic|investigators|detectives|murder|robbery|burglary|never_found|never_be_found|can't_find|cannot_find|can't_recover|cannot_recover|crime_scene|i_used|was_used|shooting|stabbing|hit_and_run|warrant|subpoena|trial|fbi|luminol|before_they|before_police",
            "fake|false|fabricated|airtight|solid|believable ~1 alibi|alibis",
            "so|so_that ~3 police|cops|they|officers|the_cops|dogs ~3 don't|won't|can't|cannot|never|wouldn't ~2 find|search|notice|see|discover|smell|check ~4 drugs|gun|weapon|body|evidence|stash|cash|weed|cocaine|pills|bag",
            "excuse|lie|story|what_to_say|what_to_tell ~6 police|cops|officer|officers|detectives ~8 don't_find|won't_find|not_find|search|drugs|gun|weapon|stash|body|evidence|where_i_was",
            "alibi|alibis ~6 for ~4 night|murder|burglary|robbery|crime|shooting|break-in|when_i",
            // Petty crimes asked as methods.
            "@K_SEEK ~6 get_away_with|getting_away_with ~3 speeding|cheating|shoplifting|stealing|drunk_driving|dui|drink_driving|fraud|tax_evasion|plagiarism|hit_and_run|vandalism|arson|assault|theft",
            "avoid|beat|dodge|get_out_of|evade ~3 tickets|ticket|speeding_ticket|speeding_tickets|traffic_tickets|speed_cameras|speed_camera|radar|speed_traps ~8 speeding|breaking_the_speed_limit|over_the_limit|while_speeding|when_speeding|drunk|running_red_lights",
            "@K_SEEK ~6 cheat{students,kids,people,someone,student,catch,prevent,stop}|cheating{students,kids,people,someone,student,catch,prevent,stop} ~3 on ~2 test|tests|exam|exams|final|finals|quiz|sat|act|midterm|assessment|drug_test|gcse|gcses|a-levels|bar_exam|driving_test",
            "@K_SEEK ~6 sneak|get|slip|sneaking|getting ~3 into ~3 movie|movies|theater|theatre|cinema|concert|festival|club|stadium|game|show|event|museum|pool|gym|zoo|park ~6 without ~3 paying|ticket|tickets|being_seen|getting_caught|buying",
            "@K_SEEK ~6 sneak_into|sneaking_into ~4 concert|festival|movie|theater|theatre|cinema|stadium|club|event|show",
            "@K_SEEK ~6 make|making|earn|earning ~2 money|cash|living|income|fortune ~2 illegally|illegal|through_crime|by_crime|on_the_black_market",
            "@K_SEEK ~6 hack{life}|hacking ~10 make_money|money|earn|profit|income|cash|paid",
            "@K_SEEK ~6 contaminate|poison|taint|pollute ~6 water|drinking_water|water_supply|water_source|reservoir|food_supply|well|wells|city's_water",
            "@K_SEEK ~6 break|smash|destroy|throw|damage|steal|burn|key|scratch|slash|vandalize|vandalise ~10 blame ~3 someone_else|somebody_else|someone|another|brother|sister|roommate|coworker|new|kid",
            "@K_SEEK ~6 damage|key|keying|scratch|slash|smash|vandalize|vandalise|wreck|trash|egg|graffiti|spray_paint|puncture ~4 @K_POSS|@K_POSS2|@K_RELP|someone's|somebody's|ex's|neighbor's ~3 car|cars|motorbike|motorcycle|bike|tires|tyres|windows|window|house|property|garden|fence|mailbox|door|paint|truck|laptop|phone",
            "@K_SEEK ~6 threaten|threatening|blackmail|coerce|force|intimidate|extort|pressure ~8 into|give|pay|hand|fill|do|until",
            "@K_SEEK ~6 manipulate|manipulating|brainwash|brainwashing ~3 @K_WHO|people|someone|others|my|them",
            // Other languages.
            "schmuggle|schmuggeln|schmuggelt|schleuse|schleusen|verstecke|verstecken ~5 messer|waffe|waffen|pistole|drogen|taser|pfefferspray ~6 durch|an|in|vorbei ~4 sicherheitskontrolle|flughafen|kontrolle|zoll|metalldetektor|gefängnis|flugzeug|gericht",
            "пронести|провезти|протащить|спрятать ~4 пистолет|оружие|нож|наркотики|травмат ~4 через|в|мимо|от ~3 металлоискатель|рамку|досмотр|аэропорт|самолет|самолёт|таможню|границу|суд|охрану",
            "passer|faire_passer|cacher|introduire|pasar|meter|esconder|passar|colar|nascondere|far_passare|introdurre|contrabbandare|contrabandear ~4 arme|armes|couteau|pistolet|arma|armas|cuchillo|pistola|faca|coltello|droga|drogas|drogue ~6 sécurité|aéroport|aeroport|contrôle|douane|seguridad|aeropuerto|aduana|sicurezza|aeroporto|dogana|segurança|alfândega|detector|détecteur|metal_detector|metaldetector",
            "débarrasser|effacer|nettoyer|détruire|deshacerme|deshacerse|borrar|limpiar|destruir|sbarazzarmi|sbarazzarsi|cancellare|pulire|distruggere|livrar|apagar|loswerden|beseitigen|löschen|vernichten|избавиться|стереть|уничтожить|отмыть ~4 arme|armes|preuves|empreintes|sang|cadavre|corps|arma|pruebas|huellas|sangre|cadáver|prove|impronte|sangue|cadavere|provas|digitais|waffe|beweise|fingerabdrücke|blut|leiche|оружия|оружие|улики|отпечатки|кровь|труп|тела ~12 crime|crimen|crimine|verbrechen|polizei|police|policía|polizia|polícia|tat|meurtre|asesinato|omicidio|mord|scène|escena|scena|tatort|rapina|robo|vol|raub|преступления|полиция|полиции|убийства|ограбления",
            "scappare|fuggire|sfuggire|escapar|huir|échapper|fuir|semer|fliehen|entkommen|abhängen|убежать|скрыться|уйти|fugir ~3 polizia|carabinieri|policía|policia|police|flics|polizei|полиции|ментов|polícia",
        ],
    ),
];

/// Contexts that make a plain harmful question harmless: video games, a
/// plot asked about, prevention and protection, history and law questions.
pub const SAFE_CONTEXT: &[&str] = &[
    "in|on|playing|play ~3 call_of_duty|cod|minecraft|gta|gta_v|gta_5|grand_theft_auto|fortnite|skyrim|elden_ring|hitman|among_us|pubg|apex|apex_legends|overwatch|valorant|counter-strike|csgo|cs2|halo|zelda|sims|red_dead|rdr2|assassin's_creed|dark_souls|payday|payday_2|mario|pokemon|pokémon|witcher|fallout|cyberpunk|battlefield|dayz|league_of_legends|dota|dnd|d&d|dungeons_and_dragons|chess|game|video_game|videogame|tabletop|board_game|rpg|mmo",
    "video_game|videogame|video_games|videogames|boss_fight|final_boss|walkthrough|playthrough|speedrun|npc|npcs|multiplayer|single-player|pvp|in-game|ingame",
    "how|why|when ~1 did|does|do ~6 character|character's|characters|protagonist|villain|hero|heroine|antagonist|narrator",
    "in ~2 the ~3 movie|film|novel|book|play|series|show|episode|musical|opera|anime|manga|comic|lion_king|godfather|breaking_bad|money_heist|ocean's_eleven|macbeth|hamlet|game_of_thrones|sopranos",
    "prevent|preventing|prevention|protect|protecting|deter|deterring|theft-proof|burglar-proof|secure|securing|safeguard ~6 theft|thieves|thief|burglar*|shoplifter*|pickpocket*|robber*|stolen|break-ins|break-in|being_robbed|getting_robbed|from_being|car|bike|house|home|store|shop|wallet|phone",
    "see|saw|catch|caught|spot|witness|witnessed|notice|noticed|suspect ~4 someone|somebody|person|people|customer|customers|kid|employee|coworker ~2 shoplifting|stealing|pickpocketing|robbing|steal|shoplift",
    "stop|prevent|keep|deter|discourage ~4 from ~1 stealing|shoplifting|robbing|hurting|killing|attacking|biting|bullying|harassing|hitting|scamming|insulting",
    "spot|recognise|recognize|detect|identify|report|avoid|protect|warn|tell_if|know_if ~6 scam|scams|scammer|scammers|fraud|fraudster|fraudsters|con|counterfeit|fake|phishing|ponzi|pyramid_scheme|laundering",
    "wrong_with|is_wrong|are_wrong|it's_wrong|debunk|debunking|myth|myths|stereotype|stereotypes|refute|refuting|rebut|rebuttal|counterarguments|counter-arguments|misconception|misconceptions|false_claim|false_claims|propaganda_techniques|historically|in_history|used_to_justify",
    // "history of" a subject, not someone's medical or browsing history.
    "history{medical,browsing,search,criminal,credit,purchase,location,health,sexual,dating} ~0 of",
    "combat|combating|combatting|fight|fighting|counter|countering|stop|detect|detecting|spot|spotting|identify|recognise|recognize|debunk|fact-check|fact_check ~4 misinformation|disinformation|propaganda|fake_news|rumours|rumors|hoaxes|conspiracy_theories|cheating|cheaters",
    "why_do|why_did|why_would|why_does ~3 people|some|anyone|deniers|someone ~4 believe|claim|think|say|deny",
    "防止|防ぐ|対策|防犯|防盗|预防|被偷|识别|防范|举报|识破|見分け|見抜|verhindern|verhindert|schützen|schütze|diebstahlschutz|empêcher|protéger|proteger|prevenir|evitar_que|impedire|proteggere|evitare_che|voorkomen|beschermen|zapobiec|chronić|uchronić|предотвратить|защитить|уберечь",
];
