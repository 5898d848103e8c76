import type { Cents } from './demoMoney';

/** What buyers complain about in 1–3-star reviews of this product. */
export type Complaint = 'fragile' | 'size' | 'shipping';

export interface DemoSku {
  code: string;
  /** AliExpress product id (商品ID), 16 digits. */
  productId: string;
  title: string;
  keyword: string;
  /** Unit cost in KRW as the seller typed it; null = left blank. */
  costKrw: number | null;
  price: Cents;
  /** Stock at scale 1. */
  stock: number;
  /** Relative share of order lines. */
  popularity: number;
  commissionRate: number;
  complaint: Complaint;
}

type SkuRow = [
  code: string,
  keyword: string,
  title: string,
  costKrw: number | null,
  price: Cents,
  stock: number,
  popularity: number,
  complaint: Complaint,
];

const BEAUTY_COMMISSION = 0.08;
const OTHER_COMMISSION = 0.05;

// Titles vary on purpose: most are 80–120 characters with the keyword first, some are short,
// some repeat words, one carries banned words; see DEMO_FACTS.
// prettier-ignore
const ROWS: SkuRow[] = [
  ['KB-SNAIL-100', 'snail mucin essence', 'Snail Mucin Essence 100ml Korean Skin Care Hydrating Serum for Dry Sensitive Skin Repair Glow Facial Toner', 9800, 1890, 140, 10, 'shipping'],
  ['KB-MASK-10', 'sheet mask set', 'Sheet Mask Set 10 Pcs Korean Face Mask Hyaluronic Acid Moisturizing Brightening Facial Masks Skin Care Gift', 6500, 1250, 220, 8, 'shipping'],
  ['KB-SUN-50', 'korean sunscreen', 'Korean Sunscreen SPF50+ PA++++ Lightweight Daily Sun Cream No White Cast 50ml for Face Body Outdoor', 8200, 1590, 9, 6, 'shipping'],
  ['KB-CICA-50', 'cica cream', 'Cica Cream 50ml Centella Asiatica Soothing Moisturizer for Sensitive Skin Redness Relief Korean Cosmetics', 7900, 1650, 85, 4, 'shipping'],
  ['KB-TINT-RD', 'lip tint', 'Korean Lip Tint Long Lasting Water Tint Red', 3900, 790, 160, 5, 'shipping'],
  ['KB-HAIROIL', 'hair oil', 'Hair Oil Argan Serum 100ml Korean Hair Care Treatment for Damaged Frizzy Hair Shine Heat Protection', 7400, 1390, 70, 3, 'fragile'],
  ['KB-CLEANSE', 'cleansing foam', 'Cleansing Foam 150ml Low pH Gentle Face Wash Korean Skincare Deep Pore Cleanser for Oily Combination Skin', 5600, 1090, 95, 3, 'shipping'],
  ['KB-TONERPAD', 'toner pads', 'Toner Pads 70 Sheets Exfoliating Korean Skin Care', 8800, 1790, 60, 3, 'shipping'],
  ['KB-EYEPATCH', 'eye patches', 'Eye Patches Gold Hydrogel 60 Pcs Under Eye Mask for Dark Circles Puffiness Korean Skin Care Anti Wrinkle', 6900, 1350, 4, 4, 'shipping'],
  ['KB-HANDCREAM', 'hand cream set', 'Best Hand Cream Set 5 Pcs Korean Perfumed Moisturizing Hand Lotion Gift Set for Women Free Shipping', 7200, 1290, 50, 2, 'shipping'],
  ['ST-GELPEN-12', 'gel pen set', 'Gel Pen Set 12 Colors 0.5mm Korean Stationery Smooth Writing Quick Dry Pens for School Office Journaling', 4800, 890, 300, 6, 'shipping'],
  ['ST-STICKER-40', 'kawaii stickers', 'Kawaii Stickers 40 Sheets Korean Deco Stickers Cute Cartoon Scrapbooking Diary Planner Decoration Set', null, 590, 400, 4, 'shipping'],
  ['ST-WASHI-8', 'washi tape', 'Washi Tape Set 8 Rolls Pastel Korean Masking Tape', 3200, 650, 180, 3, 'shipping'],
  ['ST-PLANNER', 'undated planner', 'Undated Planner Korean Weekly Monthly Agenda Notebook A5 Hardcover Diary Organizer Journal for Women Men', 9500, 1690, 40, 2, 'shipping'],
  ['ST-MEMO-PAD', 'memo pad', 'Memo Pad Cute Memo Pad Sticky Notes Memo Pad Korean Stationery', 5900, 399, 250, 3, 'shipping'],
  ['ST-PENCILCASE', 'pencil case', 'Pencil Case Large Capacity Korean Style Canvas Pen Pouch Multi Layer Stationery Organizer for Students', 6300, 1190, 75, 2, 'shipping'],
  ['ST-HIGHLIGHT', 'highlighter set', 'Highlighter Set 6 Pastel Colors Mild Liner Korean Stationery Soft Chisel Tip Markers for Bible Journaling', 4100, 790, 130, 3, 'shipping'],
  ['ST-POSTCARD', 'postcard set', 'Postcard Set 30 Pcs Vintage Korean Illustration', 3500, 690, 90, 1, 'shipping'],
  ['FA-CLAW-L', 'hair claw clip', 'Hair Claw Clip Large Matte Korean Hair Clips for Women Thick Hair Strong Hold Non Slip Jaw Clamp Accessories', 3300, 690, 210, 7, 'fragile'],
  ['FA-SOCKS-5', 'korean socks', 'Korean Socks 5 Pairs Cute Socks Women Cotton Socks Cartoon Animal Socks Ankle Socks Gift for Girls', 5200, 990, 170, 6, 'size'],
  ['FA-SCRUNCHIE', 'silk scrunchies', 'Silk Scrunchies 6 Pcs Satin Hair Ties Korean Hair Accessories No Damage Elastic Bands for Women Girls', 4400, 850, 120, 3, 'size'],
  ['FA-HAIRPIN', 'pearl hair pins', 'Pearl Hair Pins Set 10 Pcs Korean Bobby Pins Gold Barrette Hair Clips Wedding Bridal Accessories', 2900, 590, 140, 3, 'fragile'],
  ['FA-BUCKETHAT', 'bucket hat', 'Bucket Hat Women Korean Fashion Cotton Fisherman Hat Summer Sun Protection Foldable Casual Cap Unisex', 7800, 1490, 45, 2, 'size'],
  ['FA-TOTE', 'canvas tote bag', 'Canvas Tote Bag Korean Style Large Shoulder Bag for Women Casual Shopping Bag With Inner Pocket Zipper', 8900, 1690, 55, 2, 'size'],
  ['FA-EARRING', 'pearl earrings', 'Pearl Earrings Korean Drop Earrings Gold Plated', 3800, 750, 100, 2, 'fragile'],
  ['FA-BEANIE', 'knit beanie', 'Knit Beanie Winter Hat Korean Style Warm Ribbed Cuffed Skull Cap for Women Men Soft Acrylic Autumn', 5900, 1150, 5, 3, 'size'],
  ['FA-GLOVES', 'touchscreen gloves', 'Touchscreen Gloves Winter Knitted Korean Warm Texting Gloves for Women Men Stretchy Thermal Mittens', 4900, 950, 80, 1, 'size'],
  ['PH-STRAP', 'phone strap', 'Phone Strap Lanyard Korean Beaded Phone Charm Wrist Strap Cute Keychain Pendant for iPhone Samsung Case', 2600, 550, 260, 4, 'shipping'],
  ['PH-GRIP', 'phone grip', 'Phone Grip Holder Cute Korean Character Pop Stand Finger Ring Socket for Smartphone Tablet Desk', 2400, 490, 190, 3, 'fragile'],
  ['PH-CASE-CLR', 'clear phone case', 'Clear Phone Case for iPhone 15 14 13 Pro Max Shockproof Transparent Korean Cute Bumper Cover Anti Yellow', 3100, 690, 150, 4, 'size'],
  ['PH-AIRPOD', 'airpods case', 'AirPods Case Cute Korean Silicone Cover', 3400, 650, 110, 2, 'size'],
  ['PH-WALLET', 'phone wallet', 'Phone Wallet Card Holder Stick On Korean Leather Adhesive Card Pocket for Back of Phone Case Slim', 3900, 790, 70, 1, 'shipping'],
  ['HM-CHOPSTICK', 'korean chopsticks', 'Korean Chopsticks and Spoon Set Stainless Steel Metal Reusable Cutlery Set 5 Pairs Dishwasher Safe Gift', 11500, 1990, 60, 3, 'shipping'],
  ['HM-HANJILAMP', 'hanji lamp', 'Hanji Lamp Korean Traditional Paper Table Lamp Handmade Night Light Bedroom Decor Warm LED Gift', 18500, 3490, 15, 1, 'fragile'],
  ['HM-MUG', 'ceramic mug', 'Ceramic Mug Korean Style Cute Coffee Cup 350ml Handmade Glazed Tea Mug with Lid and Spoon Gift Box', 7600, 1450, 35, 2, 'fragile'],
  ['HM-COASTER', 'coaster set', 'Coaster Set 4 Pcs Korean Knot Embroidery', 4200, 890, 90, 1, 'shipping'],
  ['HM-TOWEL', 'face towel', 'Face Towel Set 3 Pcs Korean Cotton Hotel Quality Soft Absorbent Hand Towels Quick Dry Bathroom Gym', 6100, 1190, 65, 2, 'size'],
  ['HM-DIFFUSER', 'reed diffuser', 'Reed Diffuser 100ml Korean Home Fragrance Aroma Oil with Sticks for Bedroom Bathroom Living Room Scent', 9900, 1850, 40, 2, 'fragile'],
  ['HM-POUCH', 'travel pouch', 'Travel Pouch Set 6 Pcs Korean Packing Organizer Waterproof Cosmetic Toiletry Bag Luggage Storage Cubes', 8400, 1590, 50, 2, 'shipping'],
  ['HM-KEYRING', 'acrylic keychain', 'Acrylic Keychain Korean Cute Character Bag Charm', 1900, 450, 200, 2, 'shipping'],
];

export const CATALOG: readonly DemoSku[] = ROWS.map(
  ([code, keyword, title, costKrw, price, stock, popularity, complaint], index) => ({
    code,
    productId: String(1_005_008_412_000_000 + (index + 1) * 37_139_113),
    title,
    keyword,
    costKrw,
    price,
    stock,
    popularity,
    commissionRate: code.startsWith('KB-') ? BEAUTY_COMMISSION : OTHER_COMMISSION,
    complaint,
  }),
);

export function skuByCode(code: string): DemoSku {
  const sku = CATALOG.find((candidate) => candidate.code === code);
  if (sku === undefined) throw new Error(`demo catalog has no SKU ${code}`);
  return sku;
}
