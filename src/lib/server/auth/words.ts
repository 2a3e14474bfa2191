// The words of learners' sign-in codes: short, common, friendly English words a child can read
// aloud and type (a–z, 3 to 8 letters). Left out on purpose: anything rude, scary or unkind when it
// lands next to a child's name (no insults-by-animal, no body words), words with a common
// homophone (bear/bare, flour/flower), words spelt differently in British and American English,
// and plurals of other words. Sorted, so a duplicate shows up next to its twin.
const LIST = `
aardvark able acorn actor agile air airport airy alarm album alert alley almond alpaca alphabet
amber amount ample anchor anchovy angle answer ant anteater antelope anvil apple apricot apron
aqua aquarium arc arch archery arena arrow art artist ash aspen atlas atom attic aurora autumn
avenue avocado award axis axle azure
backpack badge badger bag bagel bagpipe bake baker bakery ball balloon balmy bamboo banana band
banjo bank banner barber barge barley barn barrel baseball basil basin basket bath battery bay
beach beacon bead beagle beam bean beard bed beetle bell belt beluga bench benefit bicycle bighorn
bingo birch bird biscuit bison blanket blend blender blimp blob block bloom blossom blue bluebird
boat bobcat bold bolt bonus book bookcase boot border bottle boulder bounce bouncy bounty bowl
bowling box bracelet branch brave bread breath breeze breezy brick bridge bright brisk broccoli
bronze brook broom brownie brush bubble bubbly bucket budgie buffalo buffet bugle build builder
bullfrog bun bundle bunny burrito bus busy butter button buzz
cabbage cabin cable cactus cage cake calendar calf calm camel camera camp camping canal canary
candid candle candy canoe canopy canvas canyon cap cape captain car caramel caravan card cardinal
careful cargo carnival carol carpet carriage carrot carry cart cartoon cashew castle cat catch
catfish cave cedar celery cello cereal chain chair chalk champion chance channel chapter charm
chart chase chatter cheer cheery cheese cheetah chef cherry chess chest chestnut chick chilly
chime chimney chipmunk chirp chorus chowder cider cinnamon circle circus citizen citrus city civil
claim clam clap clarinet class clatter clay clean clear clever cliff climb cloak clock closet
cloud cloudy clove clover clue cluster coach coast cobalt cobbler cocoa coconut cod code coin
collar college collie colt column comb comet comic compass concert condor cone contest cook cookie
copper coral corn corner cosmos cottage cotton couch cougar council count country course court
cousin cove cover coyote crab cracker crackle cradle craft crater crawl crayon cream creek crepe
crest crinkly crisp crow crowd crown crumb crumble crunch crunchy crystal cub cube cucumber cuddly
cup cupcake curious curly curtain curve cushion cute cyan cycle cycling cylinder
daffodil dainty dairy daisy dance dancer dapper daring darts dash data dawn debate decade deep
degree delta dentist desert design desk detail dew dial diamond diary dig digger dingo dinner
dinosaur discover dish dive diver diving doctor dog doll dolphin domain donut doodle door dot dove
dragon drama draw drawer drawing dream dreamy dress drift drink drive driver drum drummer duckling
dumpling dune dusk duty dynamo
eager eagle early earth easel easy eat echo eclipse edge editor eel effect effort egg elbow
elegant eleven elf elk elm ember emerald emu energy engine entry envelope epic equator eraser
essay even event exact expert explore explorer
fabric factory falafel falcon fame family famous fan fancy farm farmer fashion fast faucet feast
feather fence fencing fennel fern ferret ferry festival fetch fiction fiddle field fifty fig
figure film finch find fine finger firm first fish fisher fishing five fix fizz flag flame
flamingo flask fleet flight flint float florist flower fluffy flute flutter foal fog fold folder
fond forest fork forklift format fortune forty forum fossil fountain fox frame free fresh friend
friendly frilly frog frost frosty fudge full fun funnel funny future fuzzy
gadget galaxy gale gallery gallop game gap garage garden gardener garlic garnet gate gather
gazelle gear gecko gem genie genius gentle gerbil geyser giant gift giggle ginger giraffe gizmo
glacier glad glade glass gleaming glide glider glimmer globe glossy glove glow glue goal goat
goggles gold golden goldfish golf gong good gopher gosling grain grammar grand granite granola
grape graph grass grateful gravel great green greet grid group grove grow guava guest guide guitar
gulf gull gumdrop guppy gurgle gusty gym
habit hail hall hammer hammock hamster handle happy hardy harp harvest hat hawk hay hazelnut hazy
health heart hearty heat hedge hedgehog helmet help helpful hero heroic heron herring hexagon
highway hike hiking hill hinge hiss hobby hockey hold holiday holly honest honey honk hook hop
hope hopeful horizon horn hornbill horse hose hospital hotel house hug hum human humble hummus hut
iceberg icy idea ideal igloo iguana image imagine impala inch index indigo ink input insect invent
inventor iris iron island item ivory ivy
jackal jacket jade jaguar jam janitor jar jasmine jazzy jet jigsaw jingle job jog joke jolly
journey joy joyful judo juggle juggler juice jumbo jump jumpy jungle juniper
kale kangaroo karate kayak kazoo kebab keen kelp kernel ketchup kettle key kimchi kind king
kingdom kitchen kite kitten koala koi
label ladder ladle ladybug lagoon lake lamb lamp land lane lantern laptop large lark lasagna laser
latch laugh launch lava layer leader leaf leafy leap learn lecture leek legend lemon lemonade
lemur lens lentil leopard lesson letter lettuce level lever library lid lift light lilac lily lime
limit line link lion list listen lively lizard llama lobster lock locket lofty logic lollipop loop
lotus lovebird loyal lucky lunch lush lute lychee
macaroni macaw machine mackerel magenta magic magician magma magnet magnolia magpie major mammal
mammoth manatee mango manner map maple marble mare margin marigold mark market marlin marsh mascot
mask master mat match mayor meadow meal mechanic medal meerkat melon member memory mend menu
mermaid merry message metal meteor method middle mighty mild milk mill mind miner mineral minnow
mint minty minute mirror miso mission mist misty mitten mix mochi model modern modest molasses
moment monsoon moon moonbeam moose mop moss moth motion motor mountain mouse mud muffin mug munch
museum mushroom music musician mustard mystery
nacho name nap napkin narwhal nation nature navy neat nebula necklace nectar nest net network new
newt nibble nice nickel nimble nine noble nod noise noodle notebook notion novel number nurse
nutmeg
oak oasis oat oatmeal object oboe ocean ocelot octagon octopus offer office olive onion onyx opal
open opera option orange orbit orca orchard orchid order organ origin ostrich otter outfit oval
oven owl owner oyster ozone
pace pack paddle page paint painter palace palm pan pancake panda panel pansy panther papaya paper
paprika parade parakeet parcel parent park parrot parsley parsnip party pass pasta pastry pasture
path patient pattern pause peach peacock peak peanut pearl pebble pebbly pecan pedal pelican
pen pencil penguin peony people pepper peppy perky person pesto petal phase phone photo piano
piccolo pick pickle picnic picture pie pigeon pillow pilot pine pink pipe pirate pita pitcher
pixel pizza place planet plant plate plateau play player playful plaza plucky plum plumber plunge
pocket poet point polish polite polka pollen pond pony pool popcorn poppy popsicle porridge portal
porter possum poster potato potter pouch pounce pour prairie pretzel prickly prince princess prism
prize program project proud pudding puddle puffer puffin puma pumpkin pupil puppet puppy purple
purr push puzzle pyramid
quack quail quartz queen quest question quick quiet quilt quinoa quiz
rabbit raccoon race radar radio radish raft rain rainbow rainy raisin rake ramen ranch ranger
rapid raptor ratio rattle raven ravine ravioli read ready real reason record red reef referee
regal region relax relay report rescue rest rhubarb ribbon rice riddle ride ridge ring risotto
rival river roam roar robin robot rock rocket rodeo room roomy rooster rope rosy round route row
rowboat rowing royal rub ruby rug rugby rule ruler rumble run rust rustic rustle
sack saddle safari safe saffron saga sailboat sailing sailor salad salmon salsa salty sample sand
sandwich sandy sapling sardine sauce savanna scallop scarf scatter scene scenic scheme school
science scone scoop scooter scout screen scribble script sculptor seahorse search season seaweed
secret sector seed sense sequoia series sesame seven shade shadow shake shape share sharp sheep
shelf shell shepherd sherbet shield shine shiny ship shore shout shovel shrimp sift sign signal
silence silky silver sing singer sink sip sitar six sizzle skate skating sketch ski skid skiing
skill skip sky slate sled sleek sleep sleet sleigh slide slipper slope small smart smile smooth
smoothie snail snappy sniff snow snowy snug snuggle soccer sock sofa soft soil solid solo solve
sorbet sort sound soup source soybean space spark sparkle sparkly sparrow speech speed speedy
spell sphere spicy spin spinach spiral spirit splash sponge spoon sport spot spray spring sprinkle
sprint sprout spruce spry square squash squeak squeeze squid squirrel stack stadium stage stallion
stamp stapler star starfish starling station statue status steady steep steer step stew stingray
stir stomp stone stool stork storm stormy story stove strand stream street stretch string striped
stripy stroll strong studio study sturdy style subway sugar suitcase summer summit sundae sunlit
sunny sunrise sunset super sure surf surfing surgeon sushi swamp swan sway sweater sweep sweet
swim swing swirl swish swoop syrup system
tabby table tablet taco tadpole taffy tailor talent tall tangy tap tapioca target task taxi tea
teach teacher teal team teapot tempo tempura ten tender tennis tent terrier theme theory thicket
thimble thing think thirty thistle three thrifty throw thrush thud thunder ticket tide tidy tiger
tile timber timer tin tinker tiny tiptoe title toast toaster toasty toboggan toffee tofu token
tomato tone topaz topic tornado torrent tortilla tortoise toss total toucan tough tour towel tower
town toy tractor trade trail train tram tranquil travel tray treat tree trend triangle trick
tricky tricycle trio trip trombone trophy tropic trot trout truck true truffle trumpet trusty tub
tuba tug tugboat tulip tumble tuna tundra tune tunnel turn turnip turtle tutor twelve twenty twig
twilight twin twinkle twirl twist twisty type
udon umbrella umpire unicorn unicycle unit unpack unwrap upbeat update urban urchin useful
vacation valley valve van vanilla vase vast velvet venue verse vest vet video view village vine
violet violin vision visit visitor vista vivid voice volcano volume vote voyage
wade wafer waffle wagon waiter wallet walnut wand wander warbler warm wash watch water wave wavy
weather weave weaver wetland wheat wheel whirl whisker whisper whistle whoosh wiggle wild wildcat
willow win wind window windy winter wire wise wish witty wizard wobble wolf wombat wonder wood
wooden woolly workshop world wrap wren wrench writer
yak yam yard yarn yawn year yodel yoga yogurt young
zany zebra zesty zinc zip zipper zippy zone zoo zoom zucchini
`;

export const WORDS: readonly string[] = LIST.trim().split(/\s+/);
