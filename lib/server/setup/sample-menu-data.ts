// The sample café menu: what the demo serves and what a new venue may start from at setup.
// Realistic UK café prices; VAT is 20 % eaten in, and cold takeaway food is zero-rated.
import 'server-only';

export const STANDARD_VAT_BPS = 2000;
const ZERO = 0;

export type GroupSeed = { name: string; min: number; max: number; modifiers: [string, number][] };
export const SAMPLE_MODIFIER_GROUPS: Record<string, GroupSeed> = {
  milk: {
    name: 'Milk',
    min: 1,
    max: 1,
    modifiers: [
      ['Whole milk', 0],
      ['Semi-skimmed', 0],
      ['Oat milk', 40],
      ['Soya milk', 40],
      ['Almond milk', 40],
      ['No milk', 0],
    ],
  },
  size: {
    name: 'Size',
    min: 1,
    max: 1,
    modifiers: [
      ['Regular', 0],
      ['Large', 50],
    ],
  },
  extras: {
    name: 'Extras',
    min: 0,
    max: 3,
    modifiers: [
      ['Extra shot', 60],
      ['Decaf', 0],
      ['Vanilla syrup', 50],
      ['Caramel syrup', 50],
      ['Hazelnut syrup', 50],
    ],
  },
  tea: {
    name: 'Tea',
    min: 1,
    max: 1,
    modifiers: [
      ['English breakfast', 0],
      ['Earl Grey', 0],
      ['Peppermint', 0],
      ['Green', 0],
      ['Chamomile', 0],
    ],
  },
  eggs: {
    name: 'Eggs',
    min: 1,
    max: 1,
    modifiers: [
      ['Fried', 0],
      ['Poached', 0],
      ['Scrambled', 0],
    ],
  },
  toast: {
    name: 'Toast',
    min: 1,
    max: 1,
    modifiers: [
      ['White', 0],
      ['Brown', 0],
      ['Sourdough', 50],
      ['Gluten-free', 100],
    ],
  },
  sides: {
    name: 'Add a side',
    min: 0,
    max: 3,
    modifiers: [
      ['Bacon', 150],
      ['Avocado', 200],
      ['Halloumi', 200],
      ['Mushrooms', 100],
      ['Hash brown', 120],
    ],
  },
  bread: {
    name: 'Bread',
    min: 1,
    max: 1,
    modifiers: [
      ['White', 0],
      ['Brown', 0],
      ['Gluten-free', 100],
    ],
  },
  // No "warmed" option: heated to order, cold bakery becomes hot food and standard-rated for takeaway.
  spread: {
    name: 'Butter & jam',
    min: 0,
    max: 1,
    modifiers: [
      ['Butter', 30],
      ['Jam & butter', 50],
    ],
  },
};

/** [name, price pence, takeaway VAT bps, station, modifier groups, description] — eat-in VAT is 20 % throughout. */
export type ItemSeed = [
  string,
  number,
  number,
  'Bar' | 'Kitchen' | 'Counter',
  (keyof typeof SAMPLE_MODIFIER_GROUPS)[],
  string?,
];
export const SAMPLE_MENU: { category: string; colour: string; items: ItemSeed[] }[] = [
  {
    category: 'Coffee',
    colour: 'amber',
    items: [
      ['Espresso', 260, STANDARD_VAT_BPS, 'Bar', ['extras']],
      ['Americano', 300, STANDARD_VAT_BPS, 'Bar', ['size', 'milk', 'extras']],
      ['Flat white', 340, STANDARD_VAT_BPS, 'Bar', ['milk', 'extras']],
      ['Latte', 350, STANDARD_VAT_BPS, 'Bar', ['size', 'milk', 'extras']],
      ['Cappuccino', 340, STANDARD_VAT_BPS, 'Bar', ['size', 'milk', 'extras']],
      ['Mocha', 380, STANDARD_VAT_BPS, 'Bar', ['size', 'milk', 'extras']],
      ['Cortado', 310, STANDARD_VAT_BPS, 'Bar', ['milk']],
    ],
  },
  {
    category: 'Tea & hot drinks',
    colour: 'emerald',
    items: [
      ['Pot of tea', 280, STANDARD_VAT_BPS, 'Bar', ['tea']],
      ['Chai latte', 360, STANDARD_VAT_BPS, 'Bar', ['size', 'milk']],
      ['Hot chocolate', 370, STANDARD_VAT_BPS, 'Bar', ['size', 'milk']],
      ['Matcha latte', 390, STANDARD_VAT_BPS, 'Bar', ['milk']],
    ],
  },
  {
    category: 'Cold drinks',
    colour: 'sky',
    items: [
      ['Iced latte', 380, STANDARD_VAT_BPS, 'Bar', ['milk', 'extras']],
      ['Fresh orange juice', 350, STANDARD_VAT_BPS, 'Bar', []],
      ['Sparkling water', 190, STANDARD_VAT_BPS, 'Counter', []],
      ['Elderflower pressé', 260, STANDARD_VAT_BPS, 'Counter', []],
      ['Cola', 220, STANDARD_VAT_BPS, 'Counter', []],
    ],
  },
  {
    category: 'Breakfast',
    colour: 'orange',
    items: [
      [
        'Full English',
        1150,
        STANDARD_VAT_BPS,
        'Kitchen',
        ['eggs', 'toast'],
        'Bacon, sausage, beans, mushrooms, tomato, eggs, toast',
      ],
      ['Eggs on toast', 650, STANDARD_VAT_BPS, 'Kitchen', ['eggs', 'toast', 'sides']],
      ['Smashed avocado', 895, STANDARD_VAT_BPS, 'Kitchen', ['toast', 'sides'], 'On sourdough with chilli and lime'],
      ['Bacon roll', 550, STANDARD_VAT_BPS, 'Kitchen', []],
      ['Porridge', 495, STANDARD_VAT_BPS, 'Kitchen', [], 'With honey and berries'],
      ['Granola bowl', 595, ZERO, 'Counter', [], 'Greek yoghurt, berries, honey'],
    ],
  },
  {
    category: 'Lunch',
    colour: 'rose',
    items: [
      ['Soup of the day', 650, STANDARD_VAT_BPS, 'Kitchen', [], 'With crusty bread'],
      ['Toasted cheese & ham', 720, STANDARD_VAT_BPS, 'Kitchen', ['bread']],
      ['Halloumi wrap', 850, STANDARD_VAT_BPS, 'Kitchen', []],
      ['Chicken Caesar salad', 995, ZERO, 'Counter', []],
      ['BLT sandwich', 675, ZERO, 'Counter', ['bread']],
      ['Egg mayo sandwich', 525, ZERO, 'Counter', ['bread']],
      ['Crisps', 150, STANDARD_VAT_BPS, 'Counter', []],
    ],
  },
  {
    category: 'Bakery & cakes',
    colour: 'violet',
    items: [
      ['Croissant', 280, ZERO, 'Counter', ['spread']],
      ['Pain au chocolat', 310, ZERO, 'Counter', ['spread']],
      ['Cinnamon bun', 350, ZERO, 'Counter', ['spread']],
      ['Banana bread', 325, ZERO, 'Counter', ['spread']],
      ['Carrot cake', 425, ZERO, 'Counter', []],
      ['Scone with jam & cream', 395, ZERO, 'Counter', []],
      ['Brownie', 325, ZERO, 'Counter', []],
    ],
  },
];

export const SAMPLE_STATIONS = ['Bar', 'Kitchen', 'Counter'] as const;
export const SAMPLE_AREAS = [
  { name: 'Inside', tables: ['1', '2', '3', '4', '5', '6', '7', '8'] },
  { name: 'Terrace', tables: ['9', '10', '11', '12'] },
];
